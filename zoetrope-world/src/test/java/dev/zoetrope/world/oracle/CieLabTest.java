package dev.zoetrope.world.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CieLabTest {
  @Test
  void whiteIsLightnessHundredWithoutChroma() {
    double[] lab = CieLab.of(255, 255, 255);
    assertEquals(100, lab[0], 0.01);
    assertEquals(0, lab[1], 0.01);
    assertEquals(0, lab[2], 0.01);
  }

  @Test
  void pureRedMatchesPublishedValues() {
    // sRGB (255, 0, 0) under D65: L* 53.24, a* 80.09, b* 67.20.
    double[] lab = CieLab.of(0xFF0000);
    assertEquals(53.24, lab[0], 0.02);
    assertEquals(80.09, lab[1], 0.05);
    assertEquals(67.20, lab[2], 0.05);
  }

  @Test
  void darkGreyUsesTheLinearSegment() {
    // (10, 10, 10) is below the cube-root knee: L* = 903.3 * Y = 2.74.
    assertEquals(2.74, CieLab.of(10, 10, 10)[0], 0.02);
  }

  @Test
  void distanceIsEuclidean() {
    assertEquals(5, CieLab.distance(new double[] {0, 3, 0}, new double[] {0, 0, 4}), 1e-12);
  }
}
