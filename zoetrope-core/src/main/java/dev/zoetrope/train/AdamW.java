package dev.zoetrope.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.nn.Parameters;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AdamW (Loshchilov & Hutter, 2019): Adam moments with decoupled weight decay, applied to matrices
 * and kernels only (not biases, norms or the null token). Moments live in their own manager and
 * are updated in place; every temporary is created in the step manager.
 */
public final class AdamW implements AutoCloseable {
  private static final float BETA1 = 0.9f, BETA2 = 0.999f, EPSILON = 1e-8f;
  private final Parameters first;
  private final Parameters second;
  private final double weightDecay;
  private long updates;

  public AdamW(Parameters parameters, NDManager manager, double weightDecay) {
    this.first = new Parameters(manager.newSubManager());
    this.second = new Parameters(manager.newSubManager());
    this.weightDecay = weightDecay;
    parameters.all().forEach((name, array) -> {
      long[] shape = array.getShape().getShape();
      first.put(name, new float[(int) array.getShape().size()], shape);
      second.put(name, new float[(int) array.getShape().size()], shape);
    });
  }

  /** Global L2 norm of all gradients. */
  public static double gradientNorm(Parameters parameters, NDManager step) {
    double sum = 0;
    for (NDArray p : parameters.all().values()) {
      NDArray g = inScope(p.getGradient(), step);
      sum += g.square().sum().getFloat();
    }
    return Math.sqrt(sum);
  }

  /** One update with learning rate {@code lr}; gradients are scaled by {@code gradientScale} (clipping). */
  public void update(Parameters parameters, double lr, double gradientScale, NDManager step) {
    updates++;
    float correction1 = (float) (1 - Math.pow(BETA1, updates));
    float correction2 = (float) (1 - Math.pow(BETA2, updates));
    for (Map.Entry<String, NDArray> entry : parameters.all().entrySet()) {
      NDArray p = entry.getValue();
      NDArray g = inScope(p.getGradient(), step).mul((float) gradientScale);
      NDArray m = first.get(entry.getKey()), v = second.get(entry.getKey());
      m.muli(BETA1).addi(g.mul(1 - BETA1));
      v.muli(BETA2).addi(g.square().mul(1 - BETA2));
      NDArray mHat = g.zerosLike().add(m).div(correction1);
      NDArray denominator = g.zerosLike().add(v).div(correction2).sqrt().add(EPSILON);
      if (decays(p)) p.muli((float) (1 - lr * weightDecay));
      p.subi(mHat.div(denominator).mul((float) lr));
    }
  }

  private static boolean decays(NDArray p) {
    return p.getShape().dimension() >= 2 && !p.getName().endsWith(".null") && !p.getName().endsWith(".gamma")
        && !p.getName().endsWith(".beta");
  }

  /** Gradient wrappers are created in the weight's manager: move them into the step scope. */
  static NDArray inScope(NDArray array, NDManager step) {
    array.attach(step);
    return array;
  }

  public long updates() {
    return updates;
  }

  public Map<String, float[]> state() {
    Map<String, float[]> state = new LinkedHashMap<>();
    first.toFloats().forEach((name, values) -> state.put("m." + name, values));
    second.toFloats().forEach((name, values) -> state.put("v." + name, values));
    return state;
  }

  public Parameters firstMoments() {
    return first;
  }

  public Parameters secondMoments() {
    return second;
  }

  public void restore(long updateCount) {
    this.updates = updateCount;
  }

  @Override
  public void close() {
    first.close();
    second.close();
  }
}
