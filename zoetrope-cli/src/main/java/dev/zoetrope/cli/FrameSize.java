package dev.zoetrope.cli;

/** A frame size parsed from "WIDTHxHEIGHT" or chosen by aspect ratio ("1:1", "16:9", "9:16"). */
record FrameSize(int width, int height) {
  FrameSize {
    if (width < 8 || height < 8 || width > 4096 || height > 4096) {
      throw new IllegalArgumentException("size must be 8..4096 pixels per side, got " + width + "x" + height);
    }
  }

  static FrameSize parse(String text) {
    String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("x");
    try {
      if (parts.length == 2) return new FrameSize(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new IllegalArgumentException("--size must look like 128x128 or 224x128, got '" + text + "'");
  }

  /** The size for an aspect ratio with the given short side (16:9 at 128 is 224x128, a multiple of 16). */
  static FrameSize ofAspect(String aspect, int shortSide) {
    String[] parts = aspect.trim().split(":");
    double w, h;
    try {
      if (parts.length != 2) throw new NumberFormatException();
      w = Double.parseDouble(parts[0]);
      h = Double.parseDouble(parts[1]);
      if (!(w > 0 && h > 0)) throw new NumberFormatException();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--aspect must look like 16:9, 1:1 or 9:16, got '" + aspect + "'");
    }
    int longSide = (int) Math.round(shortSide * Math.max(w, h) / Math.min(w, h) / 16) * 16;
    return w >= h ? new FrameSize(longSide, shortSide) : new FrameSize(shortSide, longSide);
  }

  @Override
  public String toString() {
    return width + "x" + height;
  }
}
