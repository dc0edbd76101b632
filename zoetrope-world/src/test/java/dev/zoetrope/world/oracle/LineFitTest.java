package dev.zoetrope.world.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineFitTest {
  @Test
  void recoversALineAndAParabolaExactly() {
    double[] t = {0, 0.5, 1, 1.5, 2, 2.5};
    double[] line = new double[t.length];
    double[] parabola = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      line[i] = 3 - 2 * t[i];
      parabola[i] = 1 + 0.5 * t[i] + 4.9 * t[i] * t[i];
    }
    LineFit l = LineFit.fit(t, line, 1);
    assertEquals(3, l.coefficients()[0], 1e-9);
    assertEquals(-2, l.slope(), 1e-9);
    assertEquals(1, l.rSquared(), 1e-12);
    LineFit p = LineFit.fit(t, parabola, 2);
    assertEquals(1, p.coefficients()[0], 1e-9);
    assertEquals(0.5, p.coefficients()[1], 1e-9);
    assertEquals(4.9, p.coefficients()[2], 1e-9);
    assertEquals(0, p.rms(), 1e-9);
  }

  @Test
  void rSquaredDropsForNoise() {
    double[] t = {0, 1, 2, 3, 4, 5};
    double[] y = {0, 1, 0, 1, 0, 1};
    assertEquals(true, LineFit.fit(t, y, 1).rSquared() < 0.2);
  }
}
