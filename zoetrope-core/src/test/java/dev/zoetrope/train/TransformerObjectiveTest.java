package dev.zoetrope.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The object weights of the flow loss, computed by hand. */
class TransformerObjectiveTest {
  private static final float[] COVERAGE = {0, 0.5f, 1, 1, 0.25f, 0}; // two samples of three positions

  @Test
  void withoutFadeEveryTimeWeighsTheObjectsAlike() {
    float[] weights = TransformerObjective.objectWeights(COVERAGE, new float[] {0.9f, 0.1f}, 4, 0);
    assertArrayEquals(new float[] {1, 3, 5, 5, 2, 1}, weights, 1e-6f);
  }

  @Test
  void aFadeKeepsTheWeightToLowNoise() {
    // t = 0.5 with γ = 2 scales w = 4 by 0.25; t = 1 (pure noise) by 0: the plain mean there.
    float[] weights = TransformerObjective.objectWeights(COVERAGE, new float[] {0.5f, 1f}, 4, 2);
    assertArrayEquals(new float[] {1, 1.5f, 2, 1, 1, 1}, weights, 1e-6f);
    float[] clean = TransformerObjective.objectWeights(COVERAGE, new float[] {0f, 0f}, 4, 2);
    assertArrayEquals(new float[] {1, 3, 5, 5, 2, 1}, clean, 1e-6f, "at t = 0 the fade takes nothing away");
  }

  @Test
  void theCoverageArrayIsNotChanged() {
    float[] coverage = COVERAGE.clone();
    TransformerObjective.objectWeights(coverage, new float[] {0.3f, 0.6f}, 8, 1);
    assertArrayEquals(COVERAGE, coverage);
  }
}
