package dev.zoetrope.world.scene;

/** Motion speeds, in frame widths (or heights, for vertical motion) per second. */
public enum Speed {
  SLOW("slowly", 0.12),
  FAST("quickly", 0.30);

  private final String word;
  private final double framesPerSecond;

  Speed(String word, double framesPerSecond) {
    this.word = word;
    this.framesPerSecond = framesPerSecond;
  }

  public String word() {
    return word;
  }

  /** Speed in normalised frame units per second. */
  public double unitsPerSecond() {
    return framesPerSecond;
  }
}
