package dev.zoetrope.world.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BounceFitTest {
  /** Height (downwards) of a ball dropped from y0 onto a floor at 0.9 with gravity g and restitution e. */
  static double[] drop(double[] t, double y0, double g, double e) {
    double[] y = new double[t.length];
    double floor = 0.9;
    for (int i = 0; i < t.length; i++) {
      double time = t[i];
      double position = y0;
      double velocity = 0;
      double clock = 0;
      // Integrate analytically flight by flight.
      while (true) {
        double disc = velocity * velocity + 2 * g * (floor - position);
        double hit = (-velocity + Math.sqrt(disc)) / g;
        if (clock + hit >= time) {
          double s = time - clock;
          y[i] = position + velocity * s + 0.5 * g * s * s;
          break;
        }
        clock += hit;
        velocity = -e * (velocity + g * hit);
        position = floor;
        if (Math.abs(velocity) < 1e-3) {
          y[i] = floor; // at rest: the remaining hops are too small to integrate
          break;
        }
      }
    }
    return y;
  }

  @Test
  void findsBouncesAndFitsGravity() {
    double[] t = new double[48];
    for (int i = 0; i < t.length; i++) t[i] = i / 12.0;
    double[] y = drop(t, 0.2, 2.5, 0.7);
    BounceFit fit = BounceFit.of(t, y);
    assertTrue(fit.impacts().size() >= 2, "impacts " + fit.impacts());
    assertEquals(2.5, fit.gravity(), 0.05);
    assertTrue(fit.plausible(0.25), fit.toString());
  }

  @Test
  void aStraightFallIsNoBounceAndAHigherReboundIsImplausible() {
    double[] t = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
    double[] y = new double[t.length];
    for (int i = 0; i < t.length; i++) y[i] = 0.1 + 0.4 * t[i];
    assertTrue(BounceFit.of(t, y).impacts().isEmpty());
    double[] t2 = new double[40];
    for (int i = 0; i < t2.length; i++) t2[i] = i / 12.0;
    double[] y2 = drop(t2, 0.5, 2.5, 0.8);
    for (int i = 0; i < y2.length; i++) y2[i] = i < 20 ? y2[i] : 0.9 - 1.6 * (0.9 - y2[i]); // rebound grows
    assertFalse(BounceFit.of(t2, y2).plausible(0.25));
  }
}
