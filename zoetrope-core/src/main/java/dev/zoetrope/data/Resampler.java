package dev.zoetrope.data;

/**
 * Scales an RGB frame to cover a target size and crops the centre (no bars, no distortion), with
 * a triangle filter whose support widens when shrinking so downscaling averages instead of aliasing.
 */
final class Resampler {
  /** For one axis: per output pixel, the first source index and the weights from there. */
  private record Taps(int[] first, float[][] weights) {}

  private Resampler() {}

  static byte[] coverCrop(byte[] rgb, int width, int height, int targetWidth, int targetHeight) {
    double scale = Math.max((double) targetWidth / width, (double) targetHeight / height);
    double cropWidth = targetWidth / scale, cropHeight = targetHeight / scale;
    Taps columns = taps(width, (width - cropWidth) / 2, cropWidth / targetWidth, targetWidth);
    Taps rows = taps(height, (height - cropHeight) / 2, cropHeight / targetHeight, targetHeight);
    // Horizontal pass: height × targetWidth, then vertical: targetHeight × targetWidth.
    float[] wide = new float[height * targetWidth * 3];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < targetWidth; x++) {
        float r = 0, g = 0, b = 0;
        float[] w = columns.weights()[x];
        int source = (y * width + columns.first()[x]) * 3;
        for (int k = 0; k < w.length; k++, source += 3) {
          r += w[k] * (rgb[source] & 255);
          g += w[k] * (rgb[source + 1] & 255);
          b += w[k] * (rgb[source + 2] & 255);
        }
        int out = (y * targetWidth + x) * 3;
        wide[out] = r;
        wide[out + 1] = g;
        wide[out + 2] = b;
      }
    }
    byte[] result = new byte[targetWidth * targetHeight * 3];
    for (int y = 0; y < targetHeight; y++) {
      float[] w = rows.weights()[y];
      int first = rows.first()[y];
      for (int x = 0; x < targetWidth * 3; x++) {
        float sum = 0;
        for (int k = 0; k < w.length; k++) sum += w[k] * wide[(first + k) * targetWidth * 3 + x];
        result[y * targetWidth * 3 + x] = (byte) Math.max(0, Math.min(255, Math.round(sum)));
      }
    }
    return result;
  }

  /** Taps mapping {@code count} outputs onto source positions start + (i + ½)·step. */
  private static Taps taps(int sourceSize, double start, double step, int count) {
    double support = Math.max(1, step);
    int[] first = new int[count];
    float[][] weights = new float[count][];
    for (int i = 0; i < count; i++) {
      double centre = start + (i + 0.5) * step;
      int lo = Math.max(0, (int) Math.floor(centre - support));
      int hi = Math.min(sourceSize - 1, (int) Math.ceil(centre + support));
      float[] w = new float[hi - lo + 1];
      double total = 0;
      for (int s = lo; s <= hi; s++) {
        double weight = Math.max(0, 1 - Math.abs(s + 0.5 - centre) / support);
        w[s - lo] = (float) weight;
        total += weight;
      }
      if (total == 0) { // centre outside every tap: take the nearest pixel
        w = new float[] {1};
        lo = Math.max(0, Math.min(sourceSize - 1, (int) Math.floor(centre)));
      } else {
        for (int k = 0; k < w.length; k++) w[k] /= (float) total;
      }
      first[i] = lo;
      weights[i] = w;
    }
    return new Taps(first, weights);
  }
}
