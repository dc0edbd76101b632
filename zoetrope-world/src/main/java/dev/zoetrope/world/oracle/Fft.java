package dev.zoetrope.world.oracle;

/** In-place radix-2 complex FFT, one and two dimensional. Sizes must be powers of two. */
public final class Fft {
  private Fft() {}

  /** Transforms (re, im) in place; {@code inverse} uses e^{+i...} and divides by n. */
  public static void transform(double[] re, double[] im, boolean inverse) {
    int n = re.length;
    if (Integer.bitCount(n) != 1 || im.length != n) throw new IllegalArgumentException("size " + n);
    for (int i = 1, j = 0; i < n; i++) {
      int bit = n >> 1;
      for (; (j & bit) != 0; bit >>= 1) j ^= bit;
      j ^= bit;
      if (i < j) {
        double t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
    for (int length = 2; length <= n; length <<= 1) {
      double angle = 2 * Math.PI / length * (inverse ? 1 : -1);
      double stepRe = Math.cos(angle);
      double stepIm = Math.sin(angle);
      for (int start = 0; start < n; start += length) {
        double wRe = 1;
        double wIm = 0;
        for (int k = 0; k < length / 2; k++) {
          int a = start + k;
          int b = a + length / 2;
          double tRe = re[b] * wRe - im[b] * wIm;
          double tIm = re[b] * wIm + im[b] * wRe;
          re[b] = re[a] - tRe;
          im[b] = im[a] - tIm;
          re[a] += tRe;
          im[a] += tIm;
          double next = wRe * stepRe - wIm * stepIm;
          wIm = wRe * stepIm + wIm * stepRe;
          wRe = next;
        }
      }
    }
    if (inverse) {
      for (int i = 0; i < n; i++) {
        re[i] /= n;
        im[i] /= n;
      }
    }
  }

  /** 2D transform of a size x size row-major grid: rows, then columns. */
  public static void transform2d(double[] re, double[] im, int size, boolean inverse) {
    double[] rowRe = new double[size];
    double[] rowIm = new double[size];
    for (int pass = 0; pass < 2; pass++) {
      for (int line = 0; line < size; line++) {
        for (int k = 0; k < size; k++) {
          int index = pass == 0 ? line * size + k : k * size + line;
          rowRe[k] = re[index];
          rowIm[k] = im[index];
        }
        transform(rowRe, rowIm, inverse);
        for (int k = 0; k < size; k++) {
          int index = pass == 0 ? line * size + k : k * size + line;
          re[index] = rowRe[k];
          im[index] = rowIm[k];
        }
      }
    }
  }
}
