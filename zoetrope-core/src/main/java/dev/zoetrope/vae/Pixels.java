package dev.zoetrope.vae;

import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;

/** Video bytes <-> float pixel data laid out (3, T, H, W) in [-1, 1], the autoencoder's input. */
public final class Pixels {
  private Pixels() {}

  /** Frames [from, from+count) of {@code video} as (3, count, H, W) floats. */
  public static float[] toFloats(Video video, int from, int count) {
    int h = video.height(), w = video.width(), plane = h * w;
    float[] out = new float[3 * count * plane];
    for (int f = 0; f < count; f++) {
      byte[] frame = video.frame(from + f);
      for (int i = 0; i < plane; i++) {
        for (int c = 0; c < 3; c++) {
          out[(c * count + f) * plane + i] = (frame[i * 3 + c] & 0xFF) / 127.5f - 1f;
        }
      }
    }
    return out;
  }

  /** (3, T, H, W) floats -> RGB frames, clamped and rounded. */
  public static List<byte[]> toFrames(float[] data, int frames, int height, int width) {
    int plane = height * width;
    List<byte[]> out = new ArrayList<>(frames);
    for (int f = 0; f < frames; f++) {
      byte[] frame = new byte[plane * 3];
      for (int i = 0; i < plane; i++) {
        for (int c = 0; c < 3; c++) {
          float v = (data[(c * frames + f) * plane + i] + 1f) * 127.5f;
          frame[i * 3 + c] = (byte) Math.max(0, Math.min(255, Math.round(v)));
        }
      }
      out.add(frame);
    }
    return out;
  }

  /** Fits a video to {@code width x height}: centre crop to the aspect ratio, then bilinear resize. */
  public static Video fit(Video video, int width, int height) {
    if (video.width() == width && video.height() == height) return video;
    double scale = Math.max((double) width / video.width(), (double) height / video.height());
    double cropW = width / scale, cropH = height / scale;
    double x0 = (video.width() - cropW) / 2, y0 = (video.height() - cropH) / 2;
    List<byte[]> frames = new ArrayList<>();
    for (byte[] source : video.frames()) {
      byte[] out = new byte[width * height * 3];
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          sample(source, video.width(), video.height(), x0 + (x + 0.5) / scale - 0.5, y0 + (y + 0.5) / scale - 0.5, out, (y * width + x) * 3);
        }
      }
      frames.add(out);
    }
    return new Video(width, height, video.fps(), frames);
  }

  /**
   * Samples an RGB frame bilinearly at pixel coordinates (sx, sy), clamped to the frame (pixel
   * centres at integers), into {@code out[at..at+2]}.
   */
  public static void sample(byte[] frame, int width, int height, double sx, double sy, byte[] out, int at) {
    double x = Math.min(width - 1.0, Math.max(0, sx)), y = Math.min(height - 1.0, Math.max(0, sy));
    int xA = (int) x, xB = Math.min(xA + 1, width - 1), yA = (int) y, yB = Math.min(yA + 1, height - 1);
    double fx = x - xA, fy = y - yA;
    for (int c = 0; c < 3; c++) {
      double top = lerp(at(frame, width, xA, yA, c), at(frame, width, xB, yA, c), fx);
      double bottom = lerp(at(frame, width, xA, yB, c), at(frame, width, xB, yB, c), fx);
      out[at + c] = (byte) Math.round(lerp(top, bottom, fy));
    }
  }

  private static int at(byte[] frame, int width, int x, int y, int c) {
    return frame[(y * width + x) * 3 + c] & 0xFF;
  }

  private static double lerp(double a, double b, double f) {
    return a + (b - a) * f;
  }
}
