package dev.zoetrope.world.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhaseCorrelationTest {
  @Test
  void findsIntegerShiftsOfATexture() {
    double[][] shifts = {{0, 0}, {3, -2}, {-5, 4}, {7, 7}, {-9, 1}};
    for (double[] s : shifts) {
      PhaseCorrelation.Shift found = PhaseCorrelation.shift(texture(0, 0), texture(s[0], s[1]), 32);
      assertEquals(s[0], found.dx(), 0.3, "dx of " + s[0]);
      assertEquals(s[1], found.dy(), 0.3, "dy of " + s[1]);
      assertTrue(found.peak() > 0.2, "peak " + found.peak());
    }
  }

  @Test
  void directAlignmentRefinesToAHundredthOfAPixel() {
    int size = 64;
    double[] first = grey(Sketch.textured(size, size, 0, 0, 1));
    double[] second = grey(Sketch.textured(size, size, 1.37, -0.62, 1.004));
    boolean[] background = new boolean[size * size];
    java.util.Arrays.fill(background, true);
    CameraEstimator.Step step = DirectAlignment.refine(first, second, background, size, size,
        new CameraEstimator.Step(1, 1, -1));
    assertEquals(1.37, step.dx(), 0.03);
    assertEquals(-0.62, step.dy(), 0.03);
    assertEquals(1.004, step.scale(), 0.001);
  }

  private static double[] texture(double dx, double dy) {
    return grey(Sketch.textured(32, 32, dx, dy, 1));
  }

  private static double[] grey(Sketch s) {
    return CameraEstimator.grey(s.rgb);
  }
}
