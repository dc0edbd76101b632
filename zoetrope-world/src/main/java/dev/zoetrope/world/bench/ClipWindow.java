package dev.zoetrope.world.bench;

/**
 * An input of a suite entry: the entry's own scene (its seed and facts) rendered from {@code from}
 * to {@code to} seconds. A window with from == to is a single frame (an image). Inputs are cut from
 * the same scene as the expected output, so the ground truth continues them exactly.
 */
public record ClipWindow(double from, double to) {
  public ClipWindow {
    if (!(from >= 0) || !(to >= from)) throw new IllegalArgumentException("window [" + from + ", " + to + "]");
  }

  public boolean isImage() {
    return from == to;
  }
}
