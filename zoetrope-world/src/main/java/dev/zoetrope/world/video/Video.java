package dev.zoetrope.world.video;

import java.util.List;
import java.util.Objects;

/**
 * Decoded video in memory: frames of interleaved 8-bit RGB, row-major, {@code width*height*3}
 * bytes each. The common currency between renderer, media I/O, oracle and engine.
 */
public record Video(int width, int height, double fps, List<byte[]> frames) {
  public Video {
    if (width <= 0 || height <= 0) throw new IllegalArgumentException("size " + width + "x" + height);
    if (fps <= 0) throw new IllegalArgumentException("fps " + fps);
    Objects.requireNonNull(frames, "frames");
    frames = List.copyOf(frames);
    int bytes = width * height * 3;
    for (int i = 0; i < frames.size(); i++) {
      if (frames.get(i).length != bytes) {
        throw new IllegalArgumentException(
            "frame " + i + " has " + frames.get(i).length + " bytes, expected " + bytes);
      }
    }
  }

  public int frameCount() {
    return frames.size();
  }

  public byte[] frame(int index) {
    return frames.get(index);
  }

  public double seconds() {
    return frames.size() / fps;
  }
}
