package dev.zoetrope.server.media;

import java.awt.image.BufferedImage;

/** Small conversions between interleaved RGB frames and images. */
public final class Frames {
  private Frames() {}

  /**
   * Scales an RGB frame to cover {@code targetWidth x targetHeight} and crops the centre, so the
   * picture keeps its aspect ratio (bilinear sampling).
   */
  public static byte[] coverResize(byte[] rgb, int width, int height, int targetWidth, int targetHeight) {
    if (width == targetWidth && height == targetHeight) return rgb.clone();
    double scale = Math.max((double) targetWidth / width, (double) targetHeight / height);
    double offsetX = (width * scale - targetWidth) / 2;
    double offsetY = (height * scale - targetHeight) / 2;
    byte[] out = new byte[targetWidth * targetHeight * 3];
    for (int y = 0; y < targetHeight; y++) {
      double sourceY = clamp((y + 0.5 + offsetY) / scale - 0.5, height - 1);
      int y0 = (int) sourceY;
      int y1 = Math.min(y0 + 1, height - 1);
      double fy = sourceY - y0;
      for (int x = 0; x < targetWidth; x++) {
        double sourceX = clamp((x + 0.5 + offsetX) / scale - 0.5, width - 1);
        int x0 = (int) sourceX;
        int x1 = Math.min(x0 + 1, width - 1);
        double fx = sourceX - x0;
        for (int c = 0; c < 3; c++) {
          double top = lerp(sample(rgb, width, x0, y0, c), sample(rgb, width, x1, y0, c), fx);
          double bottom = lerp(sample(rgb, width, x0, y1, c), sample(rgb, width, x1, y1, c), fx);
          out[(y * targetWidth + x) * 3 + c] = (byte) Math.round(lerp(top, bottom, fy));
        }
      }
    }
    return out;
  }

  /** The RGB bytes of an image of any type (alpha is dropped onto black). */
  public static byte[] rgbOf(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    byte[] rgb = new byte[width * height * 3];
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      image.getRGB(0, y, width, 1, row, 0, width);
      for (int x = 0; x < width; x++) {
        int i = (y * width + x) * 3;
        rgb[i] = (byte) (row[x] >> 16);
        rgb[i + 1] = (byte) (row[x] >> 8);
        rgb[i + 2] = (byte) row[x];
      }
    }
    return rgb;
  }

  /** An image holding an RGB frame. */
  public static BufferedImage imageOf(byte[] rgb, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int i = (y * width + x) * 3;
        row[x] = (rgb[i] & 0xff) << 16 | (rgb[i + 1] & 0xff) << 8 | (rgb[i + 2] & 0xff);
      }
      image.setRGB(0, y, width, 1, row, 0, width);
    }
    return image;
  }

  private static int sample(byte[] rgb, int width, int x, int y, int channel) {
    return rgb[(y * width + x) * 3 + channel] & 0xff;
  }

  private static double lerp(double a, double b, double t) {
    return a + (b - a) * t;
  }

  private static double clamp(double value, int max) {
    return Math.max(0, Math.min(max, value));
  }
}
