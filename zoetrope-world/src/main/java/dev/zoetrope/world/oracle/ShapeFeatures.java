package dev.zoetrope.world.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * Rotation-invariant shape measurements of one blob with its holes filled.
 *
 * @param area blob pixels (holes excluded)
 * @param filledArea blob plus hole pixels
 * @param centroidX centroid of the filled blob, continuous frame coordinates (pixel i covers [i, i+1))
 * @param radius largest distance from the centroid to the filled blob, pixels (the bounding
 *     circle's radius for a centred shape)
 * @param circularity filledArea / (pi * radius^2): 1 for a disc, 2/pi for a square, 0.41 for an
 *     equilateral triangle, lower for a star
 * @param solidity filledArea / convex hull area: about 1 for convex shapes, about 0.6 for a star
 * @param fillRatio filledArea / bounding-box area
 * @param vertices prominent corners of the outline (0 for a disc)
 * @param holes enclosed regions (ring hole, eyes, mouth)
 */
public record ShapeFeatures(
    int area,
    int filledArea,
    double centroidX,
    double centroidY,
    double radius,
    double circularity,
    double solidity,
    double fillRatio,
    int vertices,
    RadialProfile profile,
    List<Hole> holes) {
  public ShapeFeatures {
    holes = List.copyOf(holes);
  }

  /** Share of the filled blob that is hole. */
  public double holeFraction() {
    return (double) (filledArea - area) / filledArea;
  }

  /** Measures a blob; holes below 2 pixels or 0.4% of the blob are noise and are not listed. */
  public static ShapeFeatures measure(Blob blob) {
    int minHole = Math.max(2, (int) Math.round(0.004 * blob.area()));
    Filling filling = Filling.of(blob, minHole);
    int bw = blob.boxWidth();
    int bh = blob.boxHeight();
    boolean[] filled = filling.filled();
    double sumX = 0;
    double sumY = 0;
    int count = 0;
    for (int y = 0; y < bh; y++) {
      for (int x = 0; x < bw; x++) {
        if (!filled[y * bw + x]) continue;
        sumX += x;
        sumY += y;
        count++;
      }
    }
    double cx = sumX / count;
    double cy = sumY / count;
    double radius = 0;
    for (int y = 0; y < bh; y++) {
      for (int x = 0; x < bw; x++) {
        if (filled[y * bw + x]) radius = Math.max(radius, Math.hypot(x - cx, y - cy));
      }
    }
    // Pixel centres inside a shape reach about a third of a pixel short of its true outline.
    radius += 0.3;
    RadialProfile profile = RadialProfile.of(filled, bw, bh, cx, cy, radius);
    int vertices = profile.peaks(Math.max(0.8, 0.12 * radius));
    return new ShapeFeatures(
        blob.area(),
        count,
        cx + blob.minX() + 0.5,
        cy + blob.minY() + 0.5,
        radius,
        count / (Math.PI * radius * radius),
        count / hullArea(filled, bw, bh),
        (double) count / (bw * bh),
        vertices,
        profile,
        filling.holes());
  }

  /**
   * Convex hull of the pixel centres of a mask, enlarged by Pick's theorem (half the perimeter plus
   * one) so that a convex digital shape's pixel count matches it: solidity stays near 1 for convex
   * shapes even a few pixels across.
   */
  static double hullArea(boolean[] filled, int bw, int bh) {
    List<double[]> points = new ArrayList<>();
    for (int y = 0; y < bh; y++) {
      int left = -1;
      int right = -1;
      for (int x = 0; x < bw; x++) {
        if (!filled[y * bw + x]) continue;
        if (left < 0) left = x;
        right = x;
      }
      if (left < 0) continue;
      points.add(new double[] {left, y});
      if (right != left) points.add(new double[] {right, y});
    }
    points.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    int n = points.size();
    double[][] hull = new double[2 * n][];
    int k = 0;
    for (int i = 0; i < n; i++) {
      while (k >= 2 && cross(hull[k - 2], hull[k - 1], points.get(i)) <= 0) k--;
      hull[k++] = points.get(i);
    }
    for (int i = n - 2, lower = k + 1; i >= 0; i--) {
      while (k >= lower && cross(hull[k - 2], hull[k - 1], points.get(i)) <= 0) k--;
      hull[k++] = points.get(i);
    }
    double area = 0;
    double perimeter = 0;
    for (int i = 0; i < k - 1; i++) {
      area += hull[i][0] * hull[i + 1][1] - hull[i + 1][0] * hull[i][1];
      perimeter += Math.hypot(hull[i + 1][0] - hull[i][0], hull[i + 1][1] - hull[i][1]);
    }
    return Math.abs(area) / 2 + perimeter / 2 + 1;
  }

  private static double cross(double[] o, double[] a, double[] b) {
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  }
}
