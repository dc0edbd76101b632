package dev.zoetrope.world.oracle;

/**
 * Distance from the centroid to the outline as a function of angle, in equal angular bins (bin i
 * covers angles around {@code 2*pi*i/bins}, image coordinates). Corners are its peaks: a circle is
 * flat, a triangle has three, a square four, a five-pointed star five.
 */
public record RadialProfile(double[] radii) {
  public RadialProfile {
    if (radii.length < 8) throw new IllegalArgumentException("profile needs >= 8 bins");
  }

  /** Profile of a filled box mask, about ({@code centreX}, {@code centreY}) in box coordinates. */
  static RadialProfile of(boolean[] filled, int boxWidth, int boxHeight, double centreX, double centreY, double radius) {
    int bins = (int) Math.max(16, Math.min(90, Math.round(2 * Math.PI * radius / 1.2)));
    double[] radii = new double[bins];
    java.util.Arrays.fill(radii, -1);
    for (int y = 0; y < boxHeight; y++) {
      for (int x = 0; x < boxWidth; x++) {
        if (!filled[y * boxWidth + x] || !onOutline(filled, boxWidth, boxHeight, x, y)) continue;
        double dx = x - centreX;
        double dy = y - centreY;
        double angle = Math.atan2(dy, dx);
        int bin = Math.floorMod((int) Math.round(angle / (2 * Math.PI) * bins), bins);
        radii[bin] = Math.max(radii[bin], Math.hypot(dx, dy) + 0.5);
      }
    }
    interpolateGaps(radii);
    return new RadialProfile(smooth(radii));
  }

  /** Peaks that stand out by at least {@code minProminence} (pixels) above the dips around them. */
  public int peaks(double minProminence) {
    int n = radii.length;
    int count = 0;
    for (int i = 0; i < n; i++) {
      double here = radii[i];
      if (here < radii[(i + n - 1) % n] || here <= radii[(i + 1) % n]) continue;
      if (here - Math.max(dip(i, -1), dip(i, 1)) >= minProminence) count++;
    }
    return count;
  }

  /**
   * Angle (radians, image coordinates) of one corner of a shape with {@code folds}-fold symmetry,
   * from the phase of the profile's {@code folds}-th circular harmonic; defined modulo 2*pi/folds.
   */
  public double orientation(int folds) {
    double re = 0;
    double im = 0;
    int n = radii.length;
    for (int i = 0; i < n; i++) {
      double angle = 2 * Math.PI * i / n;
      re += radii[i] * Math.cos(folds * angle);
      im += radii[i] * Math.sin(folds * angle);
    }
    return Math.atan2(im, re) / folds;
  }

  /** Lowest value walking from peak {@code i} in {@code step} direction until a higher value. */
  private double dip(int i, int step) {
    int n = radii.length;
    double lowest = radii[i];
    for (int k = 1; k < n; k++) {
      double v = radii[Math.floorMod(i + k * step, n)];
      if (v > radii[i]) break;
      lowest = Math.min(lowest, v);
    }
    return lowest;
  }

  private static boolean onOutline(boolean[] filled, int bw, int bh, int x, int y) {
    return x == 0 || y == 0 || x == bw - 1 || y == bh - 1
        || !filled[y * bw + x - 1] || !filled[y * bw + x + 1]
        || !filled[(y - 1) * bw + x] || !filled[(y + 1) * bw + x];
  }

  /** Empty bins (few outline pixels on small shapes) take the linear blend of their neighbours. */
  private static void interpolateGaps(double[] radii) {
    int n = radii.length;
    int known = -1;
    for (int i = 0; i < n; i++) if (radii[i] >= 0) known = i;
    if (known < 0) {
      java.util.Arrays.fill(radii, 0);
      return;
    }
    for (int i = 0; i < n; i++) {
      if (radii[i] >= 0) continue;
      int left = i;
      while (radii[Math.floorMod(left, n)] < 0) left--;
      int right = i;
      while (radii[right % n] < 0) right++;
      double t = (double) (i - left) / (right - left);
      radii[i] = -(1 - t) * radii[Math.floorMod(left, n)] - t * radii[right % n];
    }
    for (int i = 0; i < n; i++) radii[i] = Math.abs(radii[i]);
  }

  private static double[] smooth(double[] radii) {
    int n = radii.length;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = (radii[(i + n - 1) % n] + 2 * radii[i] + radii[(i + 1) % n]) / 4;
    }
    return out;
  }
}
