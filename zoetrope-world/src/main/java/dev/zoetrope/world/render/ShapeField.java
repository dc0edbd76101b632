package dev.zoetrope.world.render;

import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.Shape;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every shape as a signed distance field in unit coordinates: the shape's bounding circle has
 * radius 1 about the origin, x right, y down, negative inside. Multiplying a distance by the
 * on-screen radius gives pixels, which is what antialiasing needs. {@link #paint} colours the
 * inside: the body colour plus the details that are not body (a ball's highlight, a creature's
 * eyes and mouth), each antialiased against the body.
 */
final class ShapeField {
  static final int WHITE = 0xF2F2F0;
  static final int PUPIL = 0x1C1C22;
  static final int MOUTH = 0x2A1E24;

  /** The mouth is an arc reaching MOUTH_HALF_ANGLE radians either side of its middle. */
  private static final double MOUTH_HALF_ANGLE = 0.9;
  private static final double MOUTH_SIN = Math.sin(MOUTH_HALF_ANGLE);
  private static final double MOUTH_COS = Math.cos(MOUTH_HALF_ANGLE);
  private static final double[][] TRIANGLE = edges(regularStar(3, 1.0, 1.0));
  private static final double[][] STAR = edges(regularStar(5, 1.0, 0.45));
  private static final Map<Shape, Double> UNIT_AREAS = new EnumMap<>(Shape.class);

  static {
    for (Shape shape : Shape.values()) UNIT_AREAS.put(shape, measureArea(shape));
  }

  private ShapeField() {}

  /**
   * Radius of a circle that lies inside the shape (its inscribed circle), so pixels well within it
   * need no distance evaluation; 0 for the ring, whose centre is a hole.
   */
  static double innerRadius(Shape shape) {
    return switch (shape) {
      case BALL -> 1;
      case BOX -> 0.70;
      case TRIANGLE -> 0.5;
      case STAR -> 0.45 * Math.cos(Math.PI / 5);
      case RING -> 0;
      case CREATURE -> 0.78;
    };
  }

  /** Signed distance from (x, y) to the shape's outline, in units of its radius. */
  static double distance(Shape shape, double x, double y) {
    return switch (shape) {
      case BALL -> Math.sqrt(x * x + y * y) - 1;
      case BOX -> roundedBox(x, y, 0.70, 0.08);
      case TRIANGLE -> polygon(TRIANGLE, x, y);
      case STAR -> polygon(STAR, x, y);
      case RING -> Math.abs(Math.sqrt(x * x + y * y) - 0.72) - 0.28;
      case CREATURE -> roundedBox(x, y, 0.78, 0.40);
    };
  }

  /** Area of the shape in units of radius squared. */
  static double unitArea(Shape shape) {
    return UNIT_AREAS.get(shape);
  }

  /**
   * Colour at an inside point: {@code body} except for the shape's details. {@code pixel} is the
   * size of one screen pixel in units, for antialiasing the details.
   */
  static int paint(Shape shape, Expression expression, double x, double y, int body, double pixel) {
    if (shape == Shape.BALL) {
      // A highlight off-centre makes rotation (rolling, spinning) visible on a round shape.
      return over(body, WHITE, coverage(circle(x + 0.38, y + 0.38, 0.2), pixel));
    }
    if (shape != Shape.CREATURE) return body;
    int colour = body;
    colour = over(colour, WHITE, coverage(circle(Math.abs(x) - 0.33, y + 0.18, 0.21), pixel));
    colour = over(colour, PUPIL, coverage(circle(Math.abs(x) - 0.33, y + 0.14, 0.10), pixel));
    double mouth = expression == Expression.FROWN ? arc(x, -(y - 0.62), 0.30) : arc(x, y - 0.02, 0.36);
    return over(colour, MOUTH, coverage(mouth - 0.07, pixel));
  }

  /** Coverage of a pixel whose centre is {@code distance} units from an edge, pixel = unit size. */
  static double coverage(double distance, double pixel) {
    double c = 0.5 - distance / pixel;
    return c <= 0 ? 0 : c >= 1 ? 1 : c;
  }

  static int over(int below, int above, double alpha) {
    if (alpha <= 0) return below;
    if (alpha >= 1) return above;
    return ObjectMotion.mix(below, above, alpha);
  }

  private static double circle(double x, double y, double radius) {
    return Math.sqrt(x * x + y * y) - radius;
  }

  private static double roundedBox(double x, double y, double halfSide, double cornerRadius) {
    double qx = Math.abs(x) - (halfSide - cornerRadius);
    double qy = Math.abs(y) - (halfSide - cornerRadius);
    double outside = Math.sqrt(Math.max(qx, 0) * Math.max(qx, 0) + Math.max(qy, 0) * Math.max(qy, 0));
    return outside + Math.min(Math.max(qx, qy), 0) - cornerRadius;
  }

  /**
   * Distance to the lower arc of a circle of the given radius centred at the origin, spanning
   * {@link #MOUTH_HALF_ANGLE} either side of straight down, with round ends (a smile).
   */
  private static double arc(double x, double y, double radius) {
    double ax = Math.abs(x);
    if (ax * MOUTH_COS < y * MOUTH_SIN) return Math.abs(Math.sqrt(ax * ax + y * y) - radius);
    double ex = ax - radius * MOUTH_SIN;
    double ey = y - radius * MOUTH_COS;
    return Math.sqrt(ex * ex + ey * ey);
  }

  /** Vertices of a star with {@code points} tips at radius 1 (a polygon when inner = outer). */
  private static double[][] regularStar(int points, double outer, double inner) {
    boolean polygon = inner == outer;
    int n = polygon ? points : 2 * points;
    double[][] vertices = new double[n][];
    for (int i = 0; i < n; i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
      double r = polygon || i % 2 == 0 ? outer : inner;
      vertices[i] = new double[] {r * Math.cos(angle), r * Math.sin(angle)};
    }
    return vertices;
  }

  /**
   * Signed distance to a simple polygon given as edges {ax, ay, ex, ey, 1/|e|², ex/ey} (from
   * {@link #edges}): nearest edge, negative inside (even-odd crossing rule).
   */
  private static double polygon(double[][] edges, double x, double y) {
    double best = Double.POSITIVE_INFINITY;
    boolean inside = false;
    for (double[] e : edges) {
      double ax = e[0], ay = e[1], ex = e[2], ey = e[3];
      double px = x - ax, py = y - ay;
      double h = Math.max(0, Math.min(1, (px * ex + py * ey) * e[4]));
      double dx = px - ex * h, dy = py - ey * h;
      best = Math.min(best, dx * dx + dy * dy);
      if ((ay > y) != (ay + ey > y) && x < ax + (y - ay) * e[5]) inside = !inside;
    }
    double d = Math.sqrt(best);
    return inside ? -d : d;
  }

  private static double[][] edges(double[][] vertices) {
    double[][] edges = new double[vertices.length][];
    for (int i = 0, j = vertices.length - 1; i < vertices.length; j = i++) {
      double ax = vertices[j][0], ay = vertices[j][1];
      double ex = vertices[i][0] - ax, ey = vertices[i][1] - ay;
      edges[i] = new double[] {ax, ay, ex, ey, 1 / (ex * ex + ey * ey), ey == 0 ? 0 : ex / ey};
    }
    return edges;
  }

  private static double measureArea(Shape shape) {
    int n = 400;
    double pixel = 2.0 / n;
    double sum = 0;
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        sum += coverage(distance(shape, -1 + (i + 0.5) * pixel, -1 + (j + 0.5) * pixel), pixel);
      }
    }
    return sum * pixel * pixel;
  }
}
