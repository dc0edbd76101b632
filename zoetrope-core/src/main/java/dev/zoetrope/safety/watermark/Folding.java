package dev.zoetrope.safety.watermark;

import dev.zoetrope.world.video.Video;

/**
 * Image steps of detection: the time-averaged luma (the pattern is static, moving content averages
 * out), resampling by a candidate scale, removing the smooth part of the image that the pattern's
 * band does not use, and folding the result onto one tile by averaging every tile position.
 */
final class Folding {
  private Folding() {}

  /** Mean luma over all frames, {@code [height*width]}. */
  static double[] meanLuma(Video video) {
    MeanLuma mean = new MeanLuma(video.width(), video.height());
    for (byte[] frame : video.frames()) mean.add(frame);
    return mean.values();
  }

  /**
   * Folds a central window of the image resampled by {@code 1/scale} (so one marked-video pixel
   * becomes one pixel again) onto a {@code tile x tile} grid, after high-pass filtering. The window
   * is at most {@code maxWindow} resampled pixels on a side. Tile coordinates count from the
   * resampled image's top-left corner.
   */
  static double[] fold(double[] luma, int width, int height, double scale, int tile, int maxWindow, int blurRadius) {
    int resampledWidth = (int) Math.round(width / scale);
    int resampledHeight = (int) Math.round(height / scale);
    int windowWidth = Math.min(resampledWidth, maxWindow);
    int windowHeight = Math.min(resampledHeight, maxWindow);
    int left = (resampledWidth - windowWidth) / 2;
    int top = (resampledHeight - windowHeight) / 2;
    double[] window = new double[windowWidth * windowHeight];
    for (int y = 0; y < windowHeight; y++) {
      double sourceY = Math.min(height - 1, Math.max(0, (top + y + 0.5) * scale - 0.5));
      for (int x = 0; x < windowWidth; x++) {
        double sourceX = Math.min(width - 1, Math.max(0, (left + x + 0.5) * scale - 0.5));
        window[y * windowWidth + x] = bilinear(luma, width, height, sourceX, sourceY);
      }
    }
    highPass(window, windowWidth, windowHeight, blurRadius);
    double[] sum = new double[tile * tile];
    int[] count = new int[tile * tile];
    for (int y = 0; y < windowHeight; y++) {
      int row = ((top + y) % tile) * tile;
      for (int x = 0; x < windowWidth; x++) {
        int cell = row + (left + x) % tile;
        sum[cell] += window[y * windowWidth + x];
        count[cell]++;
      }
    }
    for (int i = 0; i < sum.length; i++) if (count[i] > 0) sum[i] /= count[i];
    return sum;
  }

  /** The folded tile's 2D spectrum, {real, imaginary}, each {@code [tile*tile]}. */
  static double[][] spectrum(double[] luma, int width, int height, double scale, int tile, int maxWindow, int blurRadius) {
    double[] real = fold(luma, width, height, scale, tile, maxWindow, blurRadius);
    double[] imaginary = new double[tile * tile];
    Fft.forward2d(real, imaginary, tile);
    return new double[][] {real, imaginary};
  }

  private static double bilinear(double[] image, int width, int height, double x, double y) {
    int x0 = (int) x;
    int y0 = (int) y;
    int x1 = Math.min(width - 1, x0 + 1);
    int y1 = Math.min(height - 1, y0 + 1);
    double fx = x - x0;
    double fy = y - y0;
    double top = image[y0 * width + x0] * (1 - fx) + image[y0 * width + x1] * fx;
    double bottom = image[y1 * width + x0] * (1 - fx) + image[y1 * width + x1] * fx;
    return top * (1 - fy) + bottom * fy;
  }

  /** Subtracts a twice-applied box blur: removes gradients and large shapes below the band. */
  static void highPass(double[] image, int width, int height, int blurRadius) {
    double[] smooth = image.clone();
    for (int pass = 0; pass < 2; pass++) {
      smooth = boxBlur(smooth, width, height, true, blurRadius);
      smooth = boxBlur(smooth, width, height, false, blurRadius);
    }
    for (int i = 0; i < image.length; i++) image[i] -= smooth[i];
  }

  /** Mean over a (2r+1) window along rows or columns, shrinking at the borders; running sums. */
  private static double[] boxBlur(double[] image, int width, int height, boolean horizontal, int radius) {
    double[] out = new double[image.length];
    int lines = horizontal ? height : width;
    int length = horizontal ? width : height;
    int step = horizontal ? 1 : width;
    for (int line = 0; line < lines; line++) {
      int start = horizontal ? line * width : line;
      double sum = 0;
      int count = 0;
      for (int k = 0; k <= Math.min(length - 1, radius); k++) {
        sum += image[start + k * step];
        count++;
      }
      for (int i = 0; i < length; i++) {
        out[start + i * step] = sum / count;
        int entering = i + radius + 1;
        int leaving = i - radius;
        if (entering < length) {
          sum += image[start + entering * step];
          count++;
        }
        if (leaving >= 0) {
          sum -= image[start + leaving * step];
          count--;
        }
      }
    }
    return out;
  }
}
