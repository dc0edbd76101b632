package dev.zoetrope.cli;

/** Lengths the generation commands accept: 1 to 60 seconds, turned into frames at a frame rate. */
final class Durations {
  static final double MIN_SECONDS = 1;
  static final double MAX_SECONDS = 60;

  private Durations() {}

  /** The frame count for {@code seconds} (an option named {@code option}) at {@code fps}. */
  static int frames(String option, double seconds, double fps) {
    if (!(seconds >= MIN_SECONDS && seconds <= MAX_SECONDS)) {
      throw new IllegalArgumentException(option + " must be between 1 and 60, got " + seconds);
    }
    return (int) Math.max(1, Math.round(seconds * fps));
  }

  /** An exact --frames count: 1 up to 60 seconds' worth. */
  static int frames(int frames, double fps) {
    int max = (int) Math.round(MAX_SECONDS * fps);
    if (frames < 1 || frames > max) throw new IllegalArgumentException("--frames must be in 1.." + max + " (60 s at " + fps + " fps), got " + frames);
    return frames;
  }
}
