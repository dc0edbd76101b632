package dev.zoetrope.safety.watermark;

/**
 * In-place radix-2 complex FFT on square power-of-two grids, stored as separate real and imaginary
 * arrays in row-major order. Forward uses e^{-2πi kx/N}; inverse uses e^{+2πi kx/N} without the
 * 1/N² scaling (callers divide when they need amplitudes).
 */
final class Fft {
  private Fft() {}

  static void forward2d(double[] real, double[] imaginary, int size) {
    transform2d(real, imaginary, size, -1);
  }

  static void inverse2d(double[] real, double[] imaginary, int size) {
    transform2d(real, imaginary, size, +1);
  }

  private static void transform2d(double[] real, double[] imaginary, int size, int sign) {
    if (Integer.bitCount(size) != 1 || real.length != size * size || imaginary.length != size * size) {
      throw new IllegalArgumentException("FFT needs a power-of-two square grid, got " + size);
    }
    double[] rowReal = new double[size];
    double[] rowImaginary = new double[size];
    for (int y = 0; y < size; y++) {
      System.arraycopy(real, y * size, rowReal, 0, size);
      System.arraycopy(imaginary, y * size, rowImaginary, 0, size);
      transform1d(rowReal, rowImaginary, sign);
      System.arraycopy(rowReal, 0, real, y * size, size);
      System.arraycopy(rowImaginary, 0, imaginary, y * size, size);
    }
    for (int x = 0; x < size; x++) {
      for (int y = 0; y < size; y++) {
        rowReal[y] = real[y * size + x];
        rowImaginary[y] = imaginary[y * size + x];
      }
      transform1d(rowReal, rowImaginary, sign);
      for (int y = 0; y < size; y++) {
        real[y * size + x] = rowReal[y];
        imaginary[y * size + x] = rowImaginary[y];
      }
    }
  }

  /** Iterative Cooley-Tukey with bit-reversal permutation. */
  static void transform1d(double[] real, double[] imaginary, int sign) {
    int n = real.length;
    for (int i = 1, j = 0; i < n; i++) {
      int bit = n >> 1;
      for (; (j & bit) != 0; bit >>= 1) j ^= bit;
      j ^= bit;
      if (i < j) {
        double t = real[i]; real[i] = real[j]; real[j] = t;
        t = imaginary[i]; imaginary[i] = imaginary[j]; imaginary[j] = t;
      }
    }
    for (int length = 2; length <= n; length <<= 1) {
      double angle = sign * 2 * Math.PI / length;
      double stepReal = Math.cos(angle);
      double stepImaginary = Math.sin(angle);
      for (int start = 0; start < n; start += length) {
        double wReal = 1;
        double wImaginary = 0;
        for (int k = 0; k < length / 2; k++) {
          int even = start + k;
          int odd = even + length / 2;
          double oddReal = real[odd] * wReal - imaginary[odd] * wImaginary;
          double oddImaginary = real[odd] * wImaginary + imaginary[odd] * wReal;
          real[odd] = real[even] - oddReal;
          imaginary[odd] = imaginary[even] - oddImaginary;
          real[even] += oddReal;
          imaginary[even] += oddImaginary;
          double nextReal = wReal * stepReal - wImaginary * stepImaginary;
          wImaginary = wReal * stepImaginary + wImaginary * stepReal;
          wReal = nextReal;
        }
      }
    }
  }
}
