package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Expression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a creature's expression from its holes: the most elongated hole is the mouth, the two
 * largest others are the eyes. "Up" is the direction from the mouth to the eyes, so the reading
 * holds for a rotated (rolling, spinning) creature: a smile's corners curl towards the eyes, a
 * frown's away from them.
 */
public final class FaceReader {
  private FaceReader() {}

  /** SMILE, FROWN, or NONE when the holes do not make a readable face. */
  public static Expression read(List<Hole> holes) {
    double curl = curl(holes);
    if (Double.isNaN(curl) || Math.abs(curl) < 0.1) return Expression.NONE;
    return curl > 0 ? Expression.SMILE : Expression.FROWN;
  }

  /** Angle (radians, image coordinates) of the face's "up", from mouth to eyes; NaN without a face. */
  public static double upAngle(List<Hole> holes) {
    if (holes.size() < 2) return Double.NaN;
    Hole mouth = mouth(holes);
    double[] eyes = eyeCentre(holes, mouth);
    return Math.atan2(eyes[1] - mouth.centroidY(), eyes[0] - mouth.centroidX());
  }

  /** The mouth's curl in [-1, 1] (positive: corners towards the eyes), or NaN without a face. */
  static double curl(List<Hole> holes) {
    if (holes.size() < 2) return Double.NaN;
    Hole mouth = mouth(holes);
    double[] eyes = eyeCentre(holes, mouth);
    double eyeX = eyes[0];
    double eyeY = eyes[1];
    double mx = mouth.centroidX();
    double my = mouth.centroidY();
    double upX = eyeX - mx;
    double upY = eyeY - my;
    double norm = Math.hypot(upX, upY);
    if (norm == 0) return Double.NaN;
    upX /= norm;
    upY /= norm;
    return curl(mouth, mx, my, upX, upY);
  }

  private static Hole mouth(List<Hole> holes) {
    return holes.stream().max(Comparator.comparingDouble(Hole::elongation)).orElseThrow();
  }

  /** Midpoint of the two largest holes other than the mouth. */
  private static double[] eyeCentre(List<Hole> holes, Hole mouth) {
    List<Hole> eyes = new ArrayList<>(holes);
    eyes.remove(mouth);
    eyes.sort(Comparator.comparingInt(Hole::area).reversed());
    eyes = eyes.subList(0, Math.min(2, eyes.size()));
    return new double[] {
      eyes.stream().mapToDouble(Hole::centroidX).average().orElseThrow(),
      eyes.stream().mapToDouble(Hole::centroidY).average().orElseThrow()
    };
  }

  /**
   * Correlation between how far a mouth pixel is from the mouth's middle (across the face) and how
   * far it is towards the eyes: positive when the corners rise (a smile).
   */
  static double curl(Hole mouth, double mx, double my, double upX, double upY) {
    int[] c = mouth.coordinates();
    int n = mouth.area();
    double[] across = new double[n];
    double[] towardsEyes = new double[n];
    for (int i = 0; i < n; i++) {
      double dx = c[2 * i] + 0.5 - mx;
      double dy = c[2 * i + 1] + 0.5 - my;
      across[i] = Math.abs(dx * -upY + dy * upX);
      towardsEyes[i] = dx * upX + dy * upY;
    }
    return correlation(across, towardsEyes);
  }

  private static double correlation(double[] a, double[] b) {
    int n = a.length;
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < n; i++) {
      ma += a[i] / n;
      mb += b[i] / n;
    }
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < n; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
  }
}
