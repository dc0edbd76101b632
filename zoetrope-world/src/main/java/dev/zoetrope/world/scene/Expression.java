package dev.zoetrope.world.scene;

/** Facial expression of a {@link Shape#CREATURE}; {@link #NONE} for every other shape. */
public enum Expression {
  NONE(""),
  SMILE("smiling"),
  FROWN("frowning");

  private final String word;

  Expression(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
