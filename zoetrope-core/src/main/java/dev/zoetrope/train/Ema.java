package dev.zoetrope.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.nn.Parameters;
import java.util.Map;

/**
 * Exponential moving average of weights, the ones saved for sampling. The decay warms up as
 * min(decay, (1 + n)/(10 + n)) so short runs are not dominated by the random start.
 */
public final class Ema {
  private final Parameters average;
  private final double decay;

  public Ema(Parameters source, NDManager manager, double decay) {
    this.average = source.copy(manager);
    this.decay = decay;
  }

  public void update(Parameters source, long updates, NDManager step) {
    float d = (float) Math.min(decay, (1.0 + updates) / (10.0 + updates));
    for (Map.Entry<String, NDArray> entry : source.all().entrySet()) {
      NDArray scaled = entry.getValue().mul(1 - d); // created in the weight's manager:
      scaled.attach(step); // moved to the step scope at once
      average.get(entry.getKey()).muli(d).addi(scaled);
    }
  }

  public Parameters weights() {
    return average;
  }
}
