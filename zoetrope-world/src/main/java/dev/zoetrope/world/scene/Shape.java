package dev.zoetrope.world.scene;

/** Object classes of the world. {@link #CREATURE} is a character with eyes and a mouth. */
public enum Shape {
  BALL("ball"),
  BOX("box"),
  TRIANGLE("triangle"),
  STAR("star"),
  RING("ring"),
  CREATURE("creature");

  private final String word;

  Shape(String word) {
    this.word = word;
  }

  /** The canonical caption word. */
  public String word() {
    return word;
  }
}
