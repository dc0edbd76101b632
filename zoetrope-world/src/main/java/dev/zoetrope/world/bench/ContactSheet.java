package dev.zoetrope.world.bench;

import dev.zoetrope.world.video.Video;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** A strip of evenly spaced frames of a video, scaled down, as PNG bytes. */
public final class ContactSheet {
  static final int FRAMES = 6;
  static final int HEIGHT = 72;
  static final int GAP = 2;

  private ContactSheet() {}

  public static byte[] png(Video video) {
    int count = Math.min(FRAMES, video.frameCount());
    double scale = Math.min(1.0, (double) HEIGHT / video.height());
    int w = Math.max(1, (int) Math.round(video.width() * scale));
    int h = Math.max(1, (int) Math.round(video.height() * scale));
    BufferedImage sheet = new BufferedImage(count * w + (count - 1) * GAP, h, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < count; i++) {
      int frame = count == 1 ? 0 : (int) Math.round((double) i * (video.frameCount() - 1) / (count - 1));
      draw(sheet, video, frame, i * (w + GAP), w, h);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(sheet, "png", out);
    } catch (IOException e) {
      throw new IllegalStateException("PNG encoding failed", e);
    }
    return out.toByteArray();
  }

  /** Box-filtered downscale of one frame into the sheet at column {@code left}. */
  private static void draw(BufferedImage sheet, Video video, int frame, int left, int w, int h) {
    byte[] rgb = video.frame(frame);
    int width = video.width();
    int height = video.height();
    for (int y = 0; y < h; y++) {
      int y0 = y * height / h;
      int y1 = Math.max(y0 + 1, (y + 1) * height / h);
      for (int x = 0; x < w; x++) {
        int x0 = x * width / w;
        int x1 = Math.max(x0 + 1, (x + 1) * width / w);
        long r = 0;
        long g = 0;
        long b = 0;
        int n = 0;
        for (int sy = y0; sy < y1; sy++) {
          for (int sx = x0; sx < x1; sx++) {
            int p = 3 * (sy * width + sx);
            r += rgb[p] & 255;
            g += rgb[p + 1] & 255;
            b += rgb[p + 2] & 255;
            n++;
          }
        }
        sheet.setRGB(left + x, y, (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n));
      }
    }
  }
}
