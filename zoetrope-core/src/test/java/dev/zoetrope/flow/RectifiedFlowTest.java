package dev.zoetrope.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** The flow loss: the plain mean over frames that are not given, and its weighted form against hand-computed values. */
class RectifiedFlowTest {
  @Test
  void weightedLossIsTheWeightedMeanOverFramesThatAreNotGiven() {
    try (NDManager m = NDManager.newBaseManager()) {
      // B=1, C=2, F=2, h=1, w=2; x0 = 0 and noise = 0, so the error is velocity².
      var zero = m.zeros(new Shape(1, 2, 2, 1, 2));
      var velocity = m.create(new float[] {1, 2, 9, 9, 3, 4, 9, 9}, new Shape(1, 2, 2, 1, 2)); // frame 1 (the 9s) is given
      float[] given = {0, 1};
      // plain: (1 + 4 + 9 + 16) / 4 = 7.5
      assertEquals(7.5f, RectifiedFlow.loss(velocity, zero, zero, given).getFloat(), 1e-6f);
      // weights 1 and 3 on the two positions of frame 0 (frame 1's weights do not count): (1·1 + 3·4 + 1·9 + 3·16) / (2·(1 + 3)) = 8.75
      var weights = m.create(new float[] {1, 3, 5, 5}, new Shape(1, 1, 2, 1, 2));
      assertEquals(8.75f, RectifiedFlow.loss(velocity, zero, zero, given, weights).getFloat(), 1e-6f);
      var ones = m.ones(new Shape(1, 1, 2, 1, 2));
      assertEquals(7.5f, RectifiedFlow.loss(velocity, zero, zero, given, ones).getFloat(), 1e-6f);
      assertEquals(RectifiedFlow.loss(velocity, zero, zero, null).getFloat(),
          RectifiedFlow.loss(velocity, zero, zero, null, ones).getFloat(), 1e-6f);
    }
  }
}
