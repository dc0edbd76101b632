package dev.zoetrope.safety.watermark;

import dev.zoetrope.safety.TestVideos;
import dev.zoetrope.world.video.Video;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The attacks the watermark must survive, each ending in a real H.264 encode and decode. */
final class VideoTransforms {
  private VideoTransforms() {}

  static Video roundTrip(Video video, int bitrate) throws Exception {
    Path file = Files.createTempFile("wm", ".mp4");
    try {
      TestVideos.writeMp4(video, file, bitrate);
      return TestVideos.readMp4(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** 2×2 box average, as video scalers do for an exact half. */
  static Video halfSize(Video video) {
    int width = video.width() / 2;
    int height = video.height() / 2;
    List<byte[]> frames = new ArrayList<>();
    for (byte[] frame : video.frames()) {
      byte[] out = new byte[width * height * 3];
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          for (int c = 0; c < 3; c++) {
            int sum = 0;
            for (int dy = 0; dy < 2; dy++) {
              for (int dx = 0; dx < 2; dx++) sum += frame[((2 * y + dy) * video.width() + 2 * x + dx) * 3 + c] & 0xff;
            }
            out[(y * width + x) * 3 + c] = (byte) ((sum + 2) / 4);
          }
        }
      }
      frames.add(out);
    }
    return new Video(width, height, video.fps(), frames);
  }

  /** Keeps a 90% × 90% window at the given fractional position (0..1 of the slack). */
  static Video crop(Video video, double fraction, double positionX, double positionY) {
    int width = (int) Math.round(video.width() * (1 - fraction)) & ~1;
    int height = (int) Math.round(video.height() * (1 - fraction)) & ~1;
    int left = (int) Math.round((video.width() - width) * positionX);
    int top = (int) Math.round((video.height() - height) * positionY);
    List<byte[]> frames = new ArrayList<>();
    for (byte[] frame : video.frames()) {
      byte[] out = new byte[width * height * 3];
      for (int y = 0; y < height; y++) System.arraycopy(frame, ((top + y) * video.width() + left) * 3, out, y * width * 3, width * 3);
      frames.add(out);
    }
    return new Video(width, height, video.fps(), frames);
  }

  static Video trim(Video video, int first) {
    return new Video(video.width(), video.height(), video.fps(), video.frames().subList(first, video.frameCount()));
  }

  static double psnr(Video a, Video b) {
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
    return 10 * Math.log10(255.0 * 255.0 / (squared / count));
  }
}
