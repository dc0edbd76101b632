package dev.zoetrope.world.scene;

/** Object sizes: the radius of the object's bounding circle as a fraction of min(width, height). */
public enum Size {
  SMALL("small", 0.08),
  MEDIUM("medium", 0.12),
  LARGE("large", 0.17);

  private final String word;
  private final double radius;

  Size(String word, double radius) {
    this.word = word;
    this.radius = radius;
  }

  public String word() {
    return word;
  }

  /** Radius as a fraction of min(width, height). */
  public double radius() {
    return radius;
  }
}
