package dev.zoetrope.world.scene;

/** Things in front of the objects: objects that pass behind them are hidden, then reappear. */
public enum OccluderKind {
  WALL("wall"),
  TREE("tree");

  private final String word;

  OccluderKind(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
