package dev.zoetrope.world.oracle;

/**
 * A region enclosed by a blob (the hole of a ring, a creature's eye or mouth): frame pixel
 * indices of its pixels, interleaved x0, y0, x1, y1, …; centroids are continuous coordinates.
 */
public record Hole(int[] coordinates) {
  public Hole {
    if (coordinates.length == 0 || coordinates.length % 2 != 0) {
      throw new IllegalArgumentException("hole coordinates must be non-empty x, y pairs");
    }
  }

  public int area() {
    return coordinates.length / 2;
  }

  public double centroidX() {
    double sum = 0;
    for (int i = 0; i < coordinates.length; i += 2) sum += coordinates[i];
    return sum / area() + 0.5;
  }

  public double centroidY() {
    double sum = 0;
    for (int i = 1; i < coordinates.length; i += 2) sum += coordinates[i];
    return sum / area() + 0.5;
  }

  /**
   * Ratio of the second moments' major to minor eigenvalue: 1 for a round eye, large for the thin
   * arc of a mouth.
   */
  public double elongation() {
    double cx = centroidX();
    double cy = centroidY();
    double sxx = 1.0 / 12;
    double syy = 1.0 / 12; // a single pixel's own spread keeps tiny holes finite
    double sxy = 0;
    for (int i = 0; i < coordinates.length; i += 2) {
      double dx = coordinates[i] + 0.5 - cx;
      double dy = coordinates[i + 1] + 0.5 - cy;
      sxx += dx * dx / area();
      syy += dy * dy / area();
      sxy += dx * dy / area();
    }
    double mean = (sxx + syy) / 2;
    double spread = Math.sqrt((sxx - syy) * (sxx - syy) / 4 + sxy * sxy);
    return (mean + spread) / (mean - spread);
  }
}
