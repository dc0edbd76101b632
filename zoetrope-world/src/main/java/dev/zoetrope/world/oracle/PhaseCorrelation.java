package dev.zoetrope.world.oracle;

/**
 * Translation between two equally sized square tiles by phase correlation (Kuglin and Hines, 1975):
 * the inverse transform of the normalised cross-power spectrum peaks at the shift. Sub-pixel
 * precision comes from a Gaussian through the peak and its neighbours on each axis.
 */
public final class PhaseCorrelation {
  /** Content of the second tile is the first moved by (dx, dy); {@code peak} in (0, 1] is the confidence. */
  public record Shift(double dx, double dy, double peak) {}

  private PhaseCorrelation() {}

  /**
   * Shift from {@code first} to {@code second} (size x size grey values). Both are mean-centred and
   * Hann-windowed here so the tile borders do not correlate with themselves.
   */
  public static Shift shift(double[] first, double[] second, int size) {
    double[] aRe = windowed(first, size);
    double[] bRe = windowed(second, size);
    double[] aIm = new double[aRe.length];
    double[] bIm = new double[bRe.length];
    Fft.transform2d(aRe, aIm, size, false);
    Fft.transform2d(bRe, bIm, size, false);
    double[] re = new double[aRe.length];
    double[] im = new double[aRe.length];
    double largest = 0;
    for (int i = 0; i < re.length; i++) {
      // B * conj(A): its phase is the shift.
      re[i] = bRe[i] * aRe[i] + bIm[i] * aIm[i];
      im[i] = bIm[i] * aRe[i] - bRe[i] * aIm[i];
      largest = Math.max(largest, Math.hypot(re[i], im[i]));
    }
    // Full normalisation keeps only phase; frequencies where the texture is weak carry only 8-bit
    // noise, so a Gaussian band-pass then damps the high frequencies (and makes the peak a smooth
    // bump whose sub-pixel vertex a log-parabola finds).
    double sigma = size / 5.0;
    double weight = 0;
    for (int v = 0; v < size; v++) {
      int fv = v > size / 2 ? v - size : v;
      for (int u = 0; u < size; u++) {
        int fu = u > size / 2 ? u - size : u;
        int i = v * size + u;
        double magnitude = Math.hypot(re[i], im[i]);
        // The lowest frequencies mostly hold the window's own (static) leakage: leave them out.
        double lowPass = fu * fu + fv * fv <= 2 ? 0 : Math.exp(-(fu * fu + fv * fv) / (2 * sigma * sigma));
        double scale = magnitude > 1e-9 * largest ? lowPass / magnitude : 0;
        re[i] *= scale;
        im[i] *= scale;
        weight += scale * magnitude / re.length;
      }
    }
    Fft.transform2d(re, im, size, true);
    int best = 0;
    for (int i = 1; i < re.length; i++) if (re[i] > re[best]) best = i;
    int px = best % size;
    int py = best / size;
    double dx = wrap(px, size) + vertexOffset(re, size, px, py, 1, 0);
    double dy = wrap(py, size) + vertexOffset(re, size, px, py, 0, 1);
    return new Shift(dx, dy, weight > 0 ? re[best] / weight : 0);
  }

  private static double[] windowed(double[] tile, int size) {
    if (tile.length != size * size) throw new IllegalArgumentException("tile size");
    double mean = 0;
    for (double v : tile) mean += v / tile.length;
    double[] out = new double[tile.length];
    for (int y = 0; y < size; y++) {
      double wy = 0.5 - 0.5 * Math.cos(2 * Math.PI * (y + 0.5) / size);
      for (int x = 0; x < size; x++) {
        double wx = 0.5 - 0.5 * Math.cos(2 * Math.PI * (x + 0.5) / size);
        out[y * size + x] = (tile[y * size + x] - mean) * wx * wy;
      }
    }
    return out;
  }

  private static int wrap(int index, int size) {
    return index > size / 2 ? index - size : index;
  }

  /** Vertex offset of the parabola through the log of the peak and its neighbours (a Gaussian fit). */
  private static double vertexOffset(double[] surface, int size, int px, int py, int stepX, int stepY) {
    double centre = surface[py * size + px];
    if (centre <= 0) return 0;
    double floor = 1e-6 * centre;
    double left = Math.log(Math.max(floor, surface[Math.floorMod(py - stepY, size) * size + Math.floorMod(px - stepX, size)]));
    double right = Math.log(Math.max(floor, surface[Math.floorMod(py + stepY, size) * size + Math.floorMod(px + stepX, size)]));
    centre = Math.log(centre);
    double denominator = left - 2 * centre + right;
    if (denominator >= 0) return 0;
    return Math.max(-0.5, Math.min(0.5, 0.5 * (left - right) / denominator));
  }
}
