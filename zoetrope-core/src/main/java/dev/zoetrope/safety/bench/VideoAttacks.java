package dev.zoetrope.safety.bench;

import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;

/** Pixel-level edits the watermark must survive; the bench re-encodes each result as H.264. */
public final class VideoAttacks {
  private VideoAttacks() {}

  /** Half size by 2×2 averaging, as video scalers do for an exact half. */
  public static Video halfSize(Video video) {
    int width = video.width() / 2;
    int height = video.height() / 2;
    List<byte[]> frames = new ArrayList<>(video.frameCount());
    for (byte[] frame : video.frames()) {
      byte[] out = new byte[width * height * 3];
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          for (int c = 0; c < 3; c++) {
            int top = (2 * y * video.width() + 2 * x) * 3 + c;
            int bottom = top + video.width() * 3;
            int sum = (frame[top] & 0xff) + (frame[top + 3] & 0xff) + (frame[bottom] & 0xff) + (frame[bottom + 3] & 0xff);
            out[(y * width + x) * 3 + c] = (byte) ((sum + 2) / 4);
          }
        }
      }
      frames.add(out);
    }
    return new Video(width, height, video.fps(), frames);
  }

  /**
   * Removes {@code fraction} of the width and of the height, keeping a window placed at
   * ({@code positionX}, {@code positionY}) ∈ [0,1]² of the slack. Sizes stay even for yuv420p.
   */
  public static Video crop(Video video, double fraction, double positionX, double positionY) {
    int width = (int) Math.round(video.width() * (1 - fraction)) & ~1;
    int height = (int) Math.round(video.height() * (1 - fraction)) & ~1;
    int left = (int) Math.round((video.width() - width) * positionX);
    int top = (int) Math.round((video.height() - height) * positionY);
    List<byte[]> frames = new ArrayList<>(video.frameCount());
    for (byte[] frame : video.frames()) {
      byte[] out = new byte[width * height * 3];
      for (int y = 0; y < height; y++) {
        System.arraycopy(frame, ((top + y) * video.width() + left) * 3, out, y * width * 3, width * 3);
      }
      frames.add(out);
    }
    return new Video(width, height, video.fps(), frames);
  }

  /** Drops the first {@code frames} frames. */
  public static Video trim(Video video, int frames) {
    if (frames >= video.frameCount()) throw new IllegalArgumentException("cannot trim " + frames + " of " + video.frameCount() + " frames");
    return new Video(video.width(), video.height(), video.fps(), video.frames().subList(frames, video.frameCount()));
  }

  /** PSNR in dB between two videos of the same size (RGB, all frames). */
  public static double psnr(Video a, Video b) {
    if (a.width() != b.width() || a.height() != b.height() || a.frameCount() != b.frameCount()) {
      throw new IllegalArgumentException("videos differ in size or length");
    }
    double squared = 0;
    long count = 0;
    for (int f = 0; f < a.frameCount(); f++) {
      byte[] x = a.frame(f);
      byte[] y = b.frame(f);
      for (int i = 0; i < x.length; i++) {
        double d = (x[i] & 0xff) - (y[i] & 0xff);
        squared += d * d;
      }
      count += x.length;
    }
    return squared == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / (squared / count));
  }
}
