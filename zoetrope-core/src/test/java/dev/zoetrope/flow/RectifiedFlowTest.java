package dev.zoetrope.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** The flow loss: the plain mean over frames that are not given, its weighted form and the motion term against hand-computed values. */
class RectifiedFlowTest {
  @Test
  void givenFramesSitAtTheirOwnNoiseLevel() {
    try (NDManager m = NDManager.newBaseManager()) {
      // B=1, C=1, F=2, h=w=1: frame 0 given; x0 = (2, 4), noise = (10, 20), t = 0.5, context level 0.25.
      var x0 = m.create(new float[] {2, 4}, new Shape(1, 1, 2, 1, 1));
      var noise = m.create(new float[] {10, 20}, new Shape(1, 1, 2, 1, 1));
      float[] t = {0.5f}, given = {1, 0};
      assertArrayEquals(new float[] {4, 12}, RectifiedFlow.interpolate(x0, noise, t, given, 0.25f).toFloatArray(), 1e-6f); // 0.75·2 + 0.25·10
      assertArrayEquals(new float[] {2, 12}, RectifiedFlow.interpolate(x0, noise, t, given).toFloatArray(), 1e-6f); // clean
      assertArrayEquals(RectifiedFlow.interpolate(x0, noise, t, given).toFloatArray(),
          RectifiedFlow.interpolate(x0, noise, t, given, 0f).toFloatArray(), 0f);
    }
  }

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

  @Test
  void theMotionTermIsTheMeanSquaredChangeOfTheErrorBetweenFramesThatAreNotGiven() {
    try (NDManager m = NDManager.newBaseManager()) {
      // B=1, C=1, F=4, h=1, w=2; x0 = 0 and noise = 0, so the error is the velocity.
      var zero = m.zeros(new Shape(1, 1, 4, 1, 2));
      var velocity = m.create(new float[] {1, 1, 2, 1, 4, 1, 4, 7}, new Shape(1, 1, 4, 1, 2));
      // changes: frame 0→1 (1, 0), 1→2 (2, 0), 2→3 (0, 6): (1 + 0 + 4 + 0 + 0 + 36) / (3 pairs · 2) = 41 / 6
      assertEquals(41f / 6, RectifiedFlow.motionLoss(velocity, zero, zero, null).getFloat(), 1e-5f);
      // frame 3 given: only the pairs 0→1 and 1→2 count: (1 + 4) / 4
      assertEquals(1.25f, RectifiedFlow.motionLoss(velocity, zero, zero, new float[] {0, 0, 0, 1}).getFloat(), 1e-6f);
      // the first frame given (image-to-video): 1→2 and 2→3: (4 + 36) / 4
      assertEquals(10f, RectifiedFlow.motionLoss(velocity, zero, zero, new float[] {1, 0, 0, 0}).getFloat(), 1e-6f);
      // the error is velocity − (noise − x0); an error that is the same in every frame adds nothing, however large
      var x0 = m.create(new float[] {2, 2, 1, 2, -1, 2, -1, -4}, new Shape(1, 1, 4, 1, 2)); // error 3 everywhere
      assertEquals(0f, RectifiedFlow.motionLoss(velocity, x0, zero, null).getFloat(), 1e-6f);
      assertEquals(9f, RectifiedFlow.loss(velocity, x0, zero, null).getFloat(), 1e-6f);
      // no pair of free frames: one frame, or every pair touches a given one
      var still = m.create(new float[] {5, 6}, new Shape(1, 1, 1, 1, 2));
      assertEquals(0f, RectifiedFlow.motionLoss(still, still.zerosLike(), still.zerosLike(), null).getFloat());
      assertEquals(0f, RectifiedFlow.motionLoss(velocity, zero, zero, new float[] {0, 1, 0, 1}).getFloat());
    }
  }
}
