package dev.zoetrope.world.scene;

/**
 * The eight named object colours: saturated, far apart in CIELAB, and disjoint from every
 * background palette so the oracle can label pixels by nearest colour.
 */
public enum Colour {
  RED("red", 220, 38, 38),
  ORANGE("orange", 245, 135, 20),
  YELLOW("yellow", 240, 215, 30),
  GREEN("green", 30, 170, 60),
  CYAN("cyan", 30, 200, 215),
  BLUE("blue", 40, 75, 225),
  PURPLE("purple", 140, 55, 200),
  PINK("pink", 245, 105, 180);

  private final String word;
  private final int red;
  private final int green;
  private final int blue;

  Colour(String word, int red, int green, int blue) {
    this.word = word;
    this.red = red;
    this.green = green;
    this.blue = blue;
  }

  public String word() {
    return word;
  }

  public int red() {
    return red;
  }

  public int green() {
    return green;
  }

  public int blue() {
    return blue;
  }

  /** Packed 0xRRGGBB. */
  public int rgb() {
    return (red << 16) | (green << 8) | blue;
  }
}
