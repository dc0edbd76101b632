package dev.zoetrope.world.scene;

/** The spatial relation of the first object to the second, true at the first frame. */
public enum Relation {
  LEFT_OF("to the left of"),
  RIGHT_OF("to the right of"),
  ABOVE("above"),
  BELOW("below");

  private final String word;

  Relation(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
