package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Shape;

/**
 * Names a blob's shape from its {@link ShapeFeatures}. Holes decide first (a ring has one large
 * central hole, a creature has eyes and a mouth; a ball's small highlight does not count); the
 * outline decides the rest: solidity (a star's points leave its hull half empty) and circularity
 * (disc 1, square 0.64, triangle 0.41).
 */
public final class ShapeClassifier {
  /** Below this solidity a solid blob is a star whatever its corners. */
  static final double STAR_SOLIDITY = 0.75;
  /** Below this solidity a blob with five or more corners is a star. */
  static final double CONCAVE_SOLIDITY = 0.85;
  /** Above this circularity a convex blob is a ball. */
  static final double BALL_CIRCULARITY = 0.8;
  /** Above this a convex blob is a box, below the next a triangle; between, corners decide. */
  static final double BOX_CIRCULARITY = 0.62;
  static final double TRIANGLE_CIRCULARITY = 0.5;

  private ShapeClassifier() {}

  /** Below this hole share a single hole is a ball's highlight, not a ring's or a face's. */
  static final double HIGHLIGHT_SHARE = 0.09;

  public static Shape classify(ShapeFeatures f) {
    int holes = f.holes().size();
    if (holes >= 2) return Shape.CREATURE;
    if (holes == 1) {
      if (isRingHole(f)) return Shape.RING;
      if (f.holeFraction() >= HIGHLIGHT_SHARE) return Shape.CREATURE;
    }
    return outline(f);
  }

  /** The class of a blob from its outline alone. */
  static Shape outline(ShapeFeatures f) {
    double solidity = f.solidity();
    if (solidity < STAR_SOLIDITY || (solidity < CONCAVE_SOLIDITY && f.vertices() >= 5)) {
      return Shape.STAR;
    }
    double circularity = f.circularity();
    if (circularity >= BALL_CIRCULARITY) return Shape.BALL;
    if (circularity >= BOX_CIRCULARITY) return Shape.BOX;
    if (circularity < TRIANGLE_CIRCULARITY) return Shape.TRIANGLE;
    // Small shapes blur the circularity gap between a square (0.64) and a triangle (0.41).
    if (f.vertices() == 4) return Shape.BOX;
    if (f.vertices() == 3) return Shape.TRIANGLE;
    return circularity >= (BOX_CIRCULARITY + TRIANGLE_CIRCULARITY) / 2 ? Shape.BOX : Shape.TRIANGLE;
  }

  /** A ring's hole is large and centred; a lone eye or mouth is neither. */
  private static boolean isRingHole(ShapeFeatures f) {
    Hole hole = f.holes().get(0);
    double offset = Math.hypot(hole.centroidX() - f.centroidX(), hole.centroidY() - f.centroidY());
    return f.holeFraction() >= 0.12 && offset <= 0.25 * f.radius();
  }

  /**
   * Turns after which a shape looks the same again: its corners for polygons and stars, one turn
   * for a ball (its highlight) and a creature (its face), 0 for the ring, which shows no turning.
   */
  public static int folds(Shape shape) {
    return switch (shape) {
      case TRIANGLE -> 3;
      case BOX -> 4;
      case STAR -> 5;
      case BALL, CREATURE -> 1;
      case RING -> 0;
    };
  }
}
