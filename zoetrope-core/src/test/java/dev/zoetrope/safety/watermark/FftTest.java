package dev.zoetrope.safety.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FftTest {
  @Test
  void forwardMatchesTheNaiveDft() {
    int size = 16;
    Random random = new Random(3);
    double[] real = new double[size * size];
    double[] imaginary = new double[size * size];
    for (int i = 0; i < real.length; i++) {
      real[i] = random.nextGaussian();
      imaginary[i] = random.nextGaussian();
    }
    double[] expectedReal = new double[size * size];
    double[] expectedImaginary = new double[size * size];
    for (int v = 0; v < size; v++) {
      for (int u = 0; u < size; u++) {
        for (int y = 0; y < size; y++) {
          for (int x = 0; x < size; x++) {
            double angle = -2 * Math.PI * (u * x + v * y) / size;
            double re = real[y * size + x];
            double im = imaginary[y * size + x];
            expectedReal[v * size + u] += re * Math.cos(angle) - im * Math.sin(angle);
            expectedImaginary[v * size + u] += re * Math.sin(angle) + im * Math.cos(angle);
          }
        }
      }
    }
    Fft.forward2d(real, imaginary, size);
    for (int i = 0; i < real.length; i++) {
      assertEquals(expectedReal[i], real[i], 1e-9);
      assertEquals(expectedImaginary[i], imaginary[i], 1e-9);
    }
  }

  @Test
  void inverseUndoesForwardUpToTheGridSize() {
    int size = 8;
    double[] real = new double[size * size];
    double[] imaginary = new double[size * size];
    real[9] = 1;
    imaginary[20] = -2;
    double[] original = real.clone();
    Fft.forward2d(real, imaginary, size);
    Fft.inverse2d(real, imaginary, size);
    for (int i = 0; i < real.length; i++) assertEquals(original[i], real[i] / (size * size), 1e-12);
    assertEquals(-2, imaginary[20] / (size * size), 1e-12);
  }
}
