package dev.zoetrope.modes;

import java.util.Locale;

/** A frame size in pixels, written WIDTHxHEIGHT. */
public record VideoSize(int width, int height) {
  public VideoSize {
    if (width < 1 || height < 1) throw new IllegalArgumentException("size must be positive, got " + width + "x" + height);
  }

  /** Parses "128x128" or "224x128"; the message says what was wrong. */
  public static VideoSize parse(String text) {
    String[] parts = text == null ? new String[0] : text.trim().toLowerCase(Locale.ROOT).split("x");
    try {
      if (parts.length == 2) {
        int width = Integer.parseInt(parts[0].trim()), height = Integer.parseInt(parts[1].trim());
        if (width > 0 && height > 0) return new VideoSize(width, height);
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new IllegalArgumentException("--size must look like 128x128 or 224x128, got '" + text + "'");
  }

  public long pixels() {
    return (long) width * height;
  }

  @Override
  public String toString() {
    return width + "x" + height;
  }
}
