package dev.zoetrope.world.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FftTest {
  @Test
  void matchesTheNaiveDiscreteFourierTransform() {
    Random random = new Random(3);
    int n = 32;
    double[] re = new double[n];
    double[] im = new double[n];
    for (int i = 0; i < n; i++) {
      re[i] = random.nextGaussian();
      im[i] = random.nextGaussian();
    }
    double[] naiveRe = new double[n];
    double[] naiveIm = new double[n];
    for (int k = 0; k < n; k++) {
      for (int t = 0; t < n; t++) {
        double angle = -2 * Math.PI * k * t / n;
        naiveRe[k] += re[t] * Math.cos(angle) - im[t] * Math.sin(angle);
        naiveIm[k] += re[t] * Math.sin(angle) + im[t] * Math.cos(angle);
      }
    }
    double[] fastRe = re.clone();
    double[] fastIm = im.clone();
    Fft.transform(fastRe, fastIm, false);
    for (int k = 0; k < n; k++) {
      assertEquals(naiveRe[k], fastRe[k], 1e-9);
      assertEquals(naiveIm[k], fastIm[k], 1e-9);
    }
    Fft.transform(fastRe, fastIm, true);
    for (int t = 0; t < n; t++) {
      assertEquals(re[t], fastRe[t], 1e-12);
      assertEquals(im[t], fastIm[t], 1e-12);
    }
  }
}
