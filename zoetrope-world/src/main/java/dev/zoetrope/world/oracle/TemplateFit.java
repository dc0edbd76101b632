package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * The world shape that best explains the visible outline of a partly hidden object: each
 * {@link ShapeTemplate} is placed (centre, radius, turn) by Levenberg-Marquardt so its outline
 * runs through the free outline pixels (those not against the occluder, another object or the
 * frame edge) while containing the visible pixels. A pixel centre on the outline sits about half a
 * pixel inside the true edge, hence the target distance of -0.5 px.
 *
 * @param rms root-mean-square distance of the kept outline points from the fitted outline, pixels
 * @param span angle the kept outline points cover around the fitted centre, radians
 * @param kept share of the outline points the fit explains (the rest are details the template
 *     lacks: a highlight or an eye opened to the outside by whatever hides the rest)
 */
public record TemplateFit(Shape shape, double x, double y, double radius, double angle, double rms, double span, double kept) {
  static final int ITERATIONS = 12;

  /** Trustworthy: most outline points within about half a pixel, wrapping a third of the way round. */
  public boolean good() {
    return rms <= Math.max(0.6, 0.045 * radius) && span >= 2 * Math.PI / 3 && kept >= 0.75;
  }

  /**
   * The best of {@code shapes} for outline points {@code outline} (x, y pairs, pixel centres) and a
   * sample of visible pixels {@code inside}, starting near ({@code x}, {@code y}) at radius
   * {@code radius}.
   */
  public static TemplateFit best(double[] outline, double[] inside, List<Shape> shapes, double x, double y, double radius) {
    TemplateFit best = null;
    for (Shape shape : shapes) {
      TemplateFit fit = fit(shape, outline, inside, x, y, radius);
      if (best == null || score(fit) < score(best)) best = fit;
    }
    return best;
  }

  /**
   * One template's best placement: from several starting turns, a fit to every point, then a refit
   * without the points more than max(1.5 px, 2.5 median residuals) off (details the template does
   * not draw), keeping the start whose refit explains the kept points best.
   */
  static TemplateFit fit(Shape shape, double[] outline, double[] inside, double x, double y, double radius) {
    int folds = Math.max(1, ShapeClassifier.folds(shape));
    int starts = shape == Shape.BALL || shape == Shape.RING ? 1 : 4;
    TemplateFit best = null;
    for (int s = 0; s < starts; s++) {
      double angle = 2 * Math.PI / folds * s / starts;
      double[] p = refine(shape, outline, inside, new double[] {x, y, Math.log(radius), angle});
      double[] kept = inliers(shape, outline, p);
      if (kept.length >= 12 && kept.length < outline.length) p = refine(shape, kept, inside, p);
      kept = inliers(shape, outline, p);
      double rms = kept.length == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(outlineCost(shape, kept, p) / (kept.length / 2));
      TemplateFit fit = new TemplateFit(shape, p[0], p[1], Math.exp(p[2]), p[3], rms, span(kept, p[0], p[1]),
          (double) kept.length / outline.length);
      if (best == null || score(fit) < score(best)) best = fit;
    }
    return best;
  }

  /** Lower is better: the residual, with unexplained points as a penalty. */
  static double score(TemplateFit fit) {
    return fit.rms + 3 * (1 - fit.kept);
  }

  /** The outline points within max(1.5 px, 2.5 x the median absolute residual) of the placed template. */
  private static double[] inliers(Shape shape, double[] outline, double[] p) {
    int n = outline.length / 2;
    double radius = Math.exp(p[2]);
    double cos = Math.cos(p[3]);
    double sin = Math.sin(p[3]);
    double[] residual = new double[n];
    for (int i = 0; i < n; i++) residual[i] = Math.abs(pixels(shape, outline[2 * i], outline[2 * i + 1], p, radius, cos, sin) + 0.5);
    double[] sorted = residual.clone();
    java.util.Arrays.sort(sorted);
    double limit = Math.max(1.5, 2.5 * sorted[n / 2]);
    int count = 0;
    for (double r : residual) if (r <= limit) count++;
    double[] kept = new double[2 * count];
    for (int i = 0, k = 0; i < n; i++) {
      if (residual[i] > limit) continue;
      kept[k++] = outline[2 * i];
      kept[k++] = outline[2 * i + 1];
    }
    return kept;
  }

  /** Levenberg-Marquardt on (x, y, log radius, angle) with a numeric Jacobian. */
  private static double[] refine(Shape shape, double[] outline, double[] inside, double[] start) {
    double[] p = start.clone();
    double lambda = 1e-2;
    double cost = cost(shape, outline, inside, p);
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] r = residuals(shape, outline, inside, p);
      double[][] jacobian = new double[r.length][4];
      double[] steps = {0.05, 0.05, 0.005, 0.005};
      for (int k = 0; k < 4; k++) {
        double[] q = p.clone();
        q[k] += steps[k];
        double[] rq = residuals(shape, outline, inside, q);
        for (int i = 0; i < r.length; i++) jacobian[i][k] = (rq[i] - r[i]) / steps[k];
      }
      double[][] normal = new double[4][4];
      double[] gradient = new double[4];
      for (int i = 0; i < r.length; i++) {
        for (int a = 0; a < 4; a++) {
          gradient[a] += jacobian[i][a] * r[i];
          for (int b = 0; b < 4; b++) normal[a][b] += jacobian[i][a] * jacobian[i][b];
        }
      }
      boolean improved = false;
      for (int attempt = 0; attempt < 4 && !improved; attempt++) {
        double[][] damped = new double[4][4];
        for (int a = 0; a < 4; a++) {
          damped[a] = normal[a].clone();
          damped[a][a] += lambda * (normal[a][a] + 1e-9);
        }
        double[] delta = solve(damped, gradient);
        if (delta == null) break;
        double[] q = new double[4];
        for (int a = 0; a < 4; a++) q[a] = p[a] - delta[a];
        double next = cost(shape, outline, inside, q);
        if (next < cost) {
          p = q;
          cost = next;
          lambda = Math.max(1e-6, lambda / 3);
          improved = true;
        } else {
          lambda *= 10;
        }
      }
      if (!improved) break;
    }
    return p;
  }

  /** Outline residuals, then penalties for visible pixels left outside the template. */
  private static double[] residuals(Shape shape, double[] outline, double[] inside, double[] p) {
    int n = outline.length / 2;
    int m = inside.length / 2;
    double[] r = new double[n + m];
    double radius = Math.exp(p[2]);
    double cos = Math.cos(p[3]);
    double sin = Math.sin(p[3]);
    for (int i = 0; i < n; i++) r[i] = pixels(shape, outline[2 * i], outline[2 * i + 1], p, radius, cos, sin) + 0.5;
    for (int i = 0; i < m; i++) r[n + i] = Math.max(0, pixels(shape, inside[2 * i], inside[2 * i + 1], p, radius, cos, sin) - 0.5);
    return r;
  }

  private static double cost(Shape shape, double[] outline, double[] inside, double[] p) {
    double sum = 0;
    for (double v : residuals(shape, outline, inside, p)) sum += v * v;
    return sum;
  }

  private static double outlineCost(Shape shape, double[] outline, double[] p) {
    double radius = Math.exp(p[2]);
    double cos = Math.cos(p[3]);
    double sin = Math.sin(p[3]);
    double sum = 0;
    for (int i = 0; i < outline.length; i += 2) {
      double r = pixels(shape, outline[i], outline[i + 1], p, radius, cos, sin) + 0.5;
      sum += r * r;
    }
    return sum;
  }

  /** Signed distance in pixels of point (px, py) from the placed template; the turn is clockwise on screen. */
  private static double pixels(Shape shape, double px, double py, double[] p, double radius, double cos, double sin) {
    double dx = (px - p[0]) / radius;
    double dy = (py - p[1]) / radius;
    return radius * ShapeTemplate.distance(shape, cos * dx + sin * dy, -sin * dx + cos * dy);
  }

  /** The largest angle around the centre that the points cover (2 pi minus the widest empty gap). */
  static double span(double[] outline, double cx, double cy) {
    List<Double> angles = new ArrayList<>();
    for (int i = 0; i < outline.length; i += 2) angles.add(Math.atan2(outline[i + 1] - cy, outline[i] - cx));
    if (angles.size() < 2) return 0;
    angles.sort(null);
    double gap = angles.get(0) + 2 * Math.PI - angles.get(angles.size() - 1);
    for (int i = 1; i < angles.size(); i++) gap = Math.max(gap, angles.get(i) - angles.get(i - 1));
    return 2 * Math.PI - gap;
  }

  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
      if (Math.abs(m[pivot][c]) < 1e-12) return null;
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      for (int r = 0; r < n; r++) {
        if (r == c) continue;
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) m[r][k] -= f * m[c][k];
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) x[i] = m[i][n] / m[i][i];
    return x;
  }
}
