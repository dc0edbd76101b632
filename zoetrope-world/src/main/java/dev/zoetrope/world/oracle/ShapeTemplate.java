package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Shape;

/**
 * The world's shapes as signed distance fields in unit coordinates (bounding circle of radius 1,
 * x right, y down, negative inside), the geometry the renderer draws. The oracle fits them to the
 * visible outline of an object that is partly hidden, to read its class, centre, size and turn
 * from the part it can see.
 */
public final class ShapeTemplate {
  private static final double[][] TRIANGLE = star(3, 1.0, 1.0);
  private static final double[][] STAR = star(5, 1.0, 0.45);

  private ShapeTemplate() {}

  /** Signed distance from (x, y) to the outline, in units of the radius. */
  public static double distance(Shape shape, double x, double y) {
    return switch (shape) {
      case BALL -> Math.sqrt(x * x + y * y) - 1;
      case BOX -> roundedBox(x, y, 0.70, 0.08);
      case TRIANGLE -> polygon(TRIANGLE, x, y);
      case STAR -> polygon(STAR, x, y);
      case RING -> Math.abs(Math.sqrt(x * x + y * y) - 0.72) - 0.28;
      case CREATURE -> roundedBox(x, y, 0.78, 0.40);
    };
  }

  /** Largest distance of the outline from the centre, in units of the radius. */
  public static double extent(Shape shape) {
    return switch (shape) {
      case BOX -> 0.62 * Math.sqrt(2) + 0.08;
      case CREATURE -> 0.38 * Math.sqrt(2) + 0.40;
      default -> 1;
    };
  }

  private static double roundedBox(double x, double y, double halfSide, double corner) {
    double qx = Math.abs(x) - (halfSide - corner);
    double qy = Math.abs(y) - (halfSide - corner);
    double outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
    return outside + Math.min(Math.max(qx, qy), 0) - corner;
  }

  /** Vertices of a star with {@code points} tips at radius 1, the first pointing up. */
  private static double[][] star(int points, double outer, double inner) {
    boolean polygon = inner == outer;
    int n = polygon ? points : 2 * points;
    double[][] v = new double[n][];
    for (int i = 0; i < n; i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
      double r = polygon || i % 2 == 0 ? outer : inner;
      v[i] = new double[] {r * Math.cos(angle), r * Math.sin(angle)};
    }
    return v;
  }

  /** Distance to the nearest edge, negative inside (even-odd rule). */
  private static double polygon(double[][] v, double x, double y) {
    double best = Double.POSITIVE_INFINITY;
    boolean inside = false;
    for (int i = 0, j = v.length - 1; i < v.length; j = i++) {
      double ax = v[j][0];
      double ay = v[j][1];
      double ex = v[i][0] - ax;
      double ey = v[i][1] - ay;
      double px = x - ax;
      double py = y - ay;
      double h = Math.max(0, Math.min(1, (px * ex + py * ey) / (ex * ex + ey * ey)));
      double dx = px - ex * h;
      double dy = py - ey * h;
      best = Math.min(best, dx * dx + dy * dy);
      if ((ay > y) != (v[i][1] > y) && x < ax + (y - ay) * ex / ey) inside = !inside;
    }
    double d = Math.sqrt(best);
    return inside ? -d : d;
  }
}
