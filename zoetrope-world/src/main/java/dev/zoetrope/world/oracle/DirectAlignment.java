package dev.zoetrope.world.oracle;

/**
 * Refines a frame-to-frame similarity (scale about the centre plus shift) by Gauss-Newton on the
 * background's brightness (Lucas and Kanade, 1981; Baker and Matthews, 2004, forwards additive):
 * find (k, tx, ty) with I1(c + (1 + k)(p - c) + t) = I0(p) for the background pixels p. Phase
 * correlation gives a start; smooth, low-contrast textures are where this refinement is needed.
 */
final class DirectAlignment {
  static final int ITERATIONS = 8;
  /**
   * Pixels within this distance of an object pixel are left out: the anti-aliased fringe moves
   * with the object, and the blur spreads it two pixels further.
   */
  static final int OBJECT_MARGIN = 4;

  /** A refined step and its mean squared brightness residual over the pixels used. */
  record Result(CameraEstimator.Step step, double residual) {}

  /** A frame prepared once for aligning: blurred grey levels and their gradients. */
  record Image(double[] blurred, double[] gradientX, double[] gradientY) {
    /**
     * Blurs with a 5-tap binomial first: it widens the basin of convergence on fine textures
     * (grass blades, sand grain) without moving the optimum.
     */
    static Image of(double[] grey, int width, int height) {
      double[] blurred = blur(grey, width, height);
      double[] gx = new double[grey.length];
      double[] gy = new double[grey.length];
      for (int y = 1; y < height - 1; y++) {
        for (int x = 1; x < width - 1; x++) {
          int p = y * width + x;
          gx[p] = (blurred[p + 1] - blurred[p - 1]) / 2;
          gy[p] = (blurred[p + width] - blurred[p - width]) / 2;
        }
      }
      return new Image(blurred, gx, gy);
    }
  }

  private final double[] first;
  private final double[] second;
  private final double[] gradientX;
  private final double[] gradientY;
  private final boolean[] background;
  private final int width;
  private final int height;
  private final int stride;

  /** An aligner of {@code first} onto {@code second}; {@code stride} subsamples the pixels used. */
  DirectAlignment(Image first, Image second, boolean[] background, int width, int height, int stride) {
    this.first = first.blurred();
    this.second = second.blurred();
    this.gradientX = second.gradientX();
    this.gradientY = second.gradientY();
    this.background = background;
    this.width = width;
    this.height = height;
    this.stride = stride;
  }

  static CameraEstimator.Step refine(double[] first, double[] second, boolean[] background,
      int width, int height, CameraEstimator.Step start) {
    return new DirectAlignment(Image.of(first, width, height), Image.of(second, width, height), background, width, height, 1)
        .refine(start).step();
  }

  /**
   * Gauss-Newton from {@code start}; a step that raises the residual is halved (up to twice)
   * instead of taken, so fine textures cannot throw the estimate out of its basin.
   */
  Result refine(CameraEstimator.Step start) {
    double[] params = {start.scale() - 1, start.dx(), start.dy()};
    double[] delta = new double[3];
    Evaluation current = evaluate(params);
    for (int iteration = 0; iteration < ITERATIONS && current.delta() != null; iteration++) {
      delta = current.delta();
      Evaluation next = null;
      double[] candidate = params;
      for (int halving = 0; halving < 3; halving++) {
        double factor = Math.pow(0.5, halving);
        candidate = new double[] {params[0] + factor * delta[0], params[1] + factor * delta[1], params[2] + factor * delta[2]};
        next = evaluate(candidate);
        if (next.residual() <= current.residual()) break;
      }
      if (next.residual() > current.residual()) break;
      params = candidate;
      current = next;
      if (Math.abs(delta[1]) + Math.abs(delta[2]) < 5e-3 && Math.abs(delta[0]) < 5e-5) break;
    }
    return new Result(new CameraEstimator.Step(1 + params[0], params[1], params[2]), current.residual());
  }

  /** Mean squared residual at {@code params} and the Gauss-Newton step from there (null if singular). */
  private record Evaluation(double residual, double[] delta) {}

  private Evaluation evaluate(double[] params) {
    double k = params[0];
    double tx = params[1];
    double ty = params[2];
    double[] normal = new double[9];
    double[] right = new double[3];
    double squares = 0;
    int used = 0;
    double cx = width / 2.0;
    double cy = height / 2.0;
    for (int y = 1; y < height - 1; y += stride) {
      for (int x = 1; x < width - 1; x += stride) {
        int p = y * width + x;
        if (!background[p]) continue;
        // Pixel centres are at +0.5; the warp is about the continuous frame centre.
        double px = x + 0.5 - cx;
        double py = y + 0.5 - cy;
        double wx = cx + (1 + k) * px + tx - 0.5;
        double wy = cy + (1 + k) * py + ty - 0.5;
        if (wx < 1 || wy < 1 || wx >= width - 2 || wy >= height - 2) continue;
        if (!background[(int) Math.round(wy) * width + (int) Math.round(wx)]) continue;
        double error = first[p] - bilinear(second, width, wx, wy);
        double gx = bilinear(gradientX, width, wx, wy);
        double gy = bilinear(gradientY, width, wx, wy);
        double[] jacobian = {gx * px + gy * py, gx, gy}; // d I1(warp) / d (k, tx, ty)
        for (int i = 0; i < 3; i++) {
          right[i] += jacobian[i] * error;
          for (int j = 0; j < 3; j++) normal[3 * i + j] += jacobian[i] * jacobian[j];
        }
        squares += error * error;
        used++;
      }
    }
    if (used < 50) return new Evaluation(Double.POSITIVE_INFINITY, null);
    return new Evaluation(squares / used, solve3(normal, right));
  }

  /** Separable binomial blur [1 4 6 4 1] / 16, edges clamped. */
  static double[] blur(double[] image, int width, int height) {
    double[] rows = new double[image.length];
    double[] out = new double[image.length];
    double[] taps = {1 / 16.0, 4 / 16.0, 6 / 16.0, 4 / 16.0, 1 / 16.0};
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double sum = 0;
        for (int k = -2; k <= 2; k++) sum += taps[k + 2] * image[y * width + Math.max(0, Math.min(width - 1, x + k))];
        rows[y * width + x] = sum;
      }
    }
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double sum = 0;
        for (int k = -2; k <= 2; k++) sum += taps[k + 2] * rows[Math.max(0, Math.min(height - 1, y + k)) * width + x];
        out[y * width + x] = sum;
      }
    }
    return out;
  }

  /** Background mask: pixels at least OBJECT_MARGIN from any object pixel of either frame. */
  static boolean[] background(boolean[] firstObjects, boolean[] secondObjects, int width, int height) {
    boolean[] background = new boolean[width * height];
    java.util.Arrays.fill(background, true);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int p = y * width + x;
        if (!firstObjects[p] && !secondObjects[p]) continue;
        for (int ny = Math.max(0, y - OBJECT_MARGIN); ny <= Math.min(height - 1, y + OBJECT_MARGIN); ny++) {
          for (int nx = Math.max(0, x - OBJECT_MARGIN); nx <= Math.min(width - 1, x + OBJECT_MARGIN); nx++) {
            background[ny * width + nx] = false;
          }
        }
      }
    }
    return background;
  }

  static double bilinear(double[] image, int width, double x, double y) {
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    double fx = x - x0;
    double fy = y - y0;
    int p = y0 * width + x0;
    return (1 - fy) * ((1 - fx) * image[p] + fx * image[p + 1])
        + fy * ((1 - fx) * image[p + width] + fx * image[p + width + 1]);
  }

  /** Solves a 3x3 system by Cramer's rule; null when singular. */
  static double[] solve3(double[] m, double[] b) {
    double det = determinant(m);
    if (Math.abs(det) < 1e-9) return null;
    double[] x = new double[3];
    for (int column = 0; column < 3; column++) {
      double[] replaced = m.clone();
      for (int row = 0; row < 3; row++) replaced[3 * row + column] = b[row];
      x[column] = determinant(replaced) / det;
    }
    return x;
  }

  private static double determinant(double[] m) {
    return m[0] * (m[4] * m[8] - m[5] * m[7])
        - m[1] * (m[3] * m[8] - m[5] * m[6])
        + m[2] * (m[3] * m[7] - m[4] * m[6]);
  }
}
