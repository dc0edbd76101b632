package dev.zoetrope.world.scene;

/**
 * Backgrounds: low-chroma and textured (so camera motion is visible), with palettes disjoint from
 * the object {@link Colour}s.
 */
public enum Background {
  SKY("sky"),
  GRASS("grass"),
  SAND("sand"),
  NIGHT("night sky"),
  WATER("water"),
  TILES("tiles");

  private final String word;

  Background(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
