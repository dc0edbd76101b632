package dev.zoetrope.modes;

import dev.zoetrope.vae.Pixels;
import dev.zoetrope.world.video.Video;
import java.util.List;

/**
 * Fits a frame to a size: scale to cover, centre crop (the autoencoder's {@link Pixels#fit}). A
 * bilinear resize reads only four source pixels per output pixel, so shrinking by more than half
 * would alias; such frames are first averaged over k x k blocks.
 */
final class Fitting {
  private Fitting() {}

  static byte[] fit(byte[] rgb, int width, int height, VideoSize target) {
    if (width == target.width() && height == target.height()) return rgb;
    double scale = Math.max(target.width() / (double) width, target.height() / (double) height);
    int factor = (int) Math.floor(1 / scale);
    if (factor >= 2) {
      rgb = boxShrink(rgb, width, height, factor);
      width /= factor;
      height /= factor;
    }
    Video frame = new Video(width, height, 1, List.of(rgb));
    return Pixels.fit(frame, target.width(), target.height()).frame(0);
  }

  /** Averages k x k blocks; the last (width mod k) columns and (height mod k) rows are dropped. */
  static byte[] boxShrink(byte[] rgb, int width, int height, int factor) {
    int outWidth = width / factor, outHeight = height / factor, area = factor * factor;
    byte[] out = new byte[outWidth * outHeight * 3];
    int[] sums = new int[outWidth * 3];
    for (int y = 0; y < outHeight; y++) {
      java.util.Arrays.fill(sums, 0);
      for (int dy = 0; dy < factor; dy++) {
        int row = (y * factor + dy) * width * 3;
        for (int x = 0; x < outWidth * factor; x++) {
          int source = row + x * 3, target = (x / factor) * 3;
          sums[target] += rgb[source] & 0xFF;
          sums[target + 1] += rgb[source + 1] & 0xFF;
          sums[target + 2] += rgb[source + 2] & 0xFF;
        }
      }
      for (int i = 0; i < sums.length; i++) out[y * outWidth * 3 + i] = (byte) ((sums[i] + area / 2) / area);
    }
    return out;
  }
}
