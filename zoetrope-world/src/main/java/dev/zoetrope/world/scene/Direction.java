package dev.zoetrope.world.scene;

/** The eight motion directions, as unit steps in image coordinates (y grows downwards). */
public enum Direction {
  LEFT("left", -1, 0),
  RIGHT("right", 1, 0),
  UP("up", 0, -1),
  DOWN("down", 0, 1),
  UP_LEFT("up and to the left", -1, -1),
  UP_RIGHT("up and to the right", 1, -1),
  DOWN_LEFT("down and to the left", -1, 1),
  DOWN_RIGHT("down and to the right", 1, 1);

  private final String word;
  private final int dx;
  private final int dy;

  Direction(String word, int dx, int dy) {
    this.word = word;
    this.dx = dx;
    this.dy = dy;
  }

  public String word() {
    return word;
  }

  public int dx() {
    return dx;
  }

  public int dy() {
    return dy;
  }

  /** Unit vector x component (diagonals are normalised). */
  public double unitX() {
    return dx / Math.hypot(dx, dy);
  }

  /** Unit vector y component (diagonals are normalised). */
  public double unitY() {
    return dy / Math.hypot(dx, dy);
  }

  /** The direction nearest to the angle of (x, y) in image coordinates. */
  public static Direction nearest(double x, double y) {
    Direction best = RIGHT;
    double bestDot = Double.NEGATIVE_INFINITY;
    double norm = Math.hypot(x, y);
    for (Direction d : values()) {
      double dot = (x * d.unitX() + y * d.unitY()) / (norm == 0 ? 1 : norm);
      if (dot > bestDot) {
        bestDot = dot;
        best = d;
      }
    }
    return best;
  }
}
