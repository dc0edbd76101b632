package dev.zoetrope.world.render;

import java.util.Objects;

/**
 * Coverage (0..255) of one object or occluder inside {@code box}, row-major: what is visible of it
 * in the frame after everything in front has been removed. Outside the box the coverage is 0.
 */
public record Mask(Box box, byte[] coverage) {
  public Mask {
    Objects.requireNonNull(box, "box");
    if (coverage.length != box.width() * box.height()) {
      throw new IllegalArgumentException("mask has " + coverage.length + " values for " + box);
    }
  }

  public static Mask empty() {
    return new Mask(new Box(0, 0, 0, 0), new byte[0]);
  }

  /** Coverage at frame pixel (x, y) in [0, 255]. */
  public int coverage(int x, int y) {
    if (!box.contains(x, y)) return 0;
    return coverage[(y - box.y0()) * box.width() + (x - box.x0())] & 0xFF;
  }

  /** True where at least half the pixel is this object. */
  public boolean contains(int x, int y) {
    return coverage(x, y) >= 128;
  }

  /** Visible area in pixels: the sum of coverage / 255. */
  public double area() {
    long sum = 0;
    for (byte c : coverage) sum += c & 0xFF;
    return sum / 255.0;
  }

  /** Number of pixels at least half covered. */
  public int pixelCount() {
    int n = 0;
    for (byte c : coverage) if ((c & 0xFF) >= 128) n++;
    return n;
  }

  /** A frame-sized boolean bitmap (row-major) of {@link #contains}. */
  public boolean[] bitmap(int width, int height) {
    boolean[] bits = new boolean[width * height];
    for (int y = box.y0(); y < box.y1(); y++) {
      for (int x = box.x0(); x < box.x1(); x++) {
        if (x < width && y < height) bits[y * width + x] = contains(x, y);
      }
    }
    return bits;
  }
}
