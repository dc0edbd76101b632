package dev.zoetrope.world.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * A falling, bouncing object's vertical track read as physics: impacts are the lowest points where
 * the motion turns from down to up; between impacts the height is fitted with a parabola whose
 * curvature is gravity (y grows downwards, so gravity is positive).
 *
 * @param impacts indices (into the samples) of the bounces
 * @param gravities fitted gravity of each flight with enough samples, in heights per second squared
 * @param minRSquared worst parabola fit among those flights
 * @param apexes highest point (smallest y) of each flight after an impact
 * @param rebounds how far (frame heights) the object rose after each impact
 */
public record BounceFit(
    List<Integer> impacts, List<Double> gravities, double minRSquared, List<Double> apexes, List<Double> rebounds) {
  /** A bounce must rebound by at least this (frame heights) to count: jitter is not a bounce. */
  static final double MIN_REBOUND = 0.015;
  /** A flight spanning less height than this is an object settling on the floor: not fitted. */
  static final double MIN_FLIGHT = 0.04;
  /** Weaker fitted gravity (heights per second squared) than this is a straight path, not a fall. */
  static final double MIN_GRAVITY = 0.5;
  /** Without a fitted flight, a rebound this high still shows a bounce. */
  static final double CLEAR_REBOUND = 0.05;

  public BounceFit {
    impacts = List.copyOf(impacts);
    gravities = List.copyOf(gravities);
    apexes = List.copyOf(apexes);
    rebounds = List.copyOf(rebounds);
  }

  /** No samples, no bounce. */
  public static BounceFit none() {
    return new BounceFit(List.of(), List.of(), 0, List.of(), List.of());
  }

  /** The track shows a bounce: an impact, and falls that bend like gravity (or a clear rebound). */
  public boolean bounced() {
    if (impacts.isEmpty()) return false;
    if (gravities.isEmpty()) return rebounds.stream().anyMatch(r -> r >= CLEAR_REBOUND);
    return gravity() >= MIN_GRAVITY;
  }

  /** Mean fitted gravity, NaN without a fitted flight. */
  public double gravity() {
    return gravities.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /**
   * Physically plausible: at least one bounce, every flight a good parabola bending downwards,
   * flights agreeing on gravity within {@code tolerance}, and no rebound higher than the one before.
   */
  public boolean plausible(double tolerance) {
    if (impacts.isEmpty() || gravities.isEmpty() || minRSquared < 0.9) return false;
    double g = gravity();
    for (double each : gravities) {
      if (each <= 0 || Math.abs(each - g) > tolerance * g) return false;
    }
    for (int i = 1; i < apexes.size(); i++) {
      if (apexes.get(i) < apexes.get(i - 1) - MIN_REBOUND) return false;
    }
    return true;
  }

  /** Reads bounces from samples of time (s) and height (frame heights, downwards). */
  public static BounceFit of(double[] t, double[] y) {
    List<Integer> impacts = new ArrayList<>();
    List<Double> rebounds = new ArrayList<>();
    for (int i = 1; i < y.length - 1; i++) {
      if (y[i] >= y[i - 1] && y[i] > y[i + 1] && rebound(y, i) >= MIN_REBOUND && fell(y, i) >= MIN_REBOUND) {
        impacts.add(i);
        rebounds.add(rebound(y, i));
      }
    }
    List<Double> gravities = new ArrayList<>();
    List<Double> apexes = new ArrayList<>();
    double minRSquared = 1;
    List<Integer> bounds = new ArrayList<>();
    bounds.add(0);
    bounds.addAll(impacts);
    bounds.add(y.length - 1);
    for (int s = 0; s + 1 < bounds.size(); s++) {
      // A flight runs from one impact to the next; the impact frames themselves straddle the
      // contact, so they are left out of the parabola.
      int from = s == 0 ? bounds.get(s) : bounds.get(s) + 1;
      int to = s + 1 == bounds.size() - 1 ? lastFlightEnd(y, from) : bounds.get(s + 1) - 1;
      int n = to - from + 1;
      if (s > 0 && n >= 1) apexes.add(min(y, from, to));
      // Too few samples, or an object coming to rest (hops below the rebound threshold): no fit.
      if (n < 5 || max(y, from, to) - min(y, from, to) < MIN_FLIGHT) continue;
      LineFit parabola = LineFit.fit(java.util.Arrays.copyOfRange(t, from, to + 1),
          java.util.Arrays.copyOfRange(y, from, to + 1), 2);
      gravities.add(2 * parabola.coefficients()[2]);
      minRSquared = Math.min(minRSquared, parabola.rSquared());
    }
    return new BounceFit(impacts, gravities, minRSquared, apexes, rebounds);
  }

  /**
   * The last flight ends where its descent stops: an object settling makes hops too small to count
   * as impacts, and the sample at such a hop straddles a contact.
   */
  private static int lastFlightEnd(double[] y, int from) {
    int apex = from;
    for (int i = from; i < y.length; i++) if (y[i] < y[apex]) apex = i;
    int end = apex;
    while (end + 1 < y.length && y[end + 1] > y[end]) end++;
    end = end == y.length - 1 ? end : Math.max(apex, end - 1);
    // Landed: from the first sample within 3% of a height of the resting level on (the camera
    // compensation may drift a pixel or two), the object lies on the floor: no part of a flight.
    double rest = max(y, apex, y.length - 1);
    for (int i = apex; i <= end; i++) {
      if (y[i] >= rest - 0.03 && i < y.length - 1) return Math.max(apex, i - 1);
    }
    return end;
  }

  private static double rebound(double[] y, int impact) {
    double top = y[impact];
    for (int i = impact + 1; i < y.length && y[i] <= y[i - 1] + 1e-9; i++) top = y[i];
    return y[impact] - top;
  }

  private static double fell(double[] y, int impact) {
    double top = y[impact];
    for (int i = impact - 1; i >= 0 && y[i] <= y[i + 1] + 1e-9; i--) top = y[i];
    return y[impact] - top;
  }

  private static double max(double[] y, int from, int to) {
    double m = Double.NEGATIVE_INFINITY;
    for (int i = from; i <= to; i++) m = Math.max(m, y[i]);
    return m;
  }

  private static double min(double[] y, int from, int to) {
    double m = Double.POSITIVE_INFINITY;
    for (int i = from; i <= to; i++) m = Math.min(m, y[i]);
    return m;
  }
}
