package dev.zoetrope.world.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Vertical fall from rest under gravity onto a floor, bouncing with restitution {@code e}: each
 * bounce leaves the floor at {@code e} times the speed it hit with, until the bounce height drops
 * below {@code restHeight}, when it rests. All lengths in pixels, times in seconds; y grows down.
 */
final class BounceTrajectory {
  private final double startY;
  private final double floorY;
  private final double gravity;
  /** impactTimes[i] is when the i-th contact happens; speedsIn[i] the speed just before it. */
  private final double[] impactTimes;
  private final double[] speedsIn;
  private final double restitution;

  BounceTrajectory(double startY, double floorY, double gravity, double restitution, double restHeight) {
    this.startY = Math.min(startY, floorY);
    this.floorY = floorY;
    this.gravity = gravity;
    this.restitution = restitution;
    List<double[]> impacts = new ArrayList<>();
    double drop = floorY - this.startY;
    if (gravity > 0 && drop > restHeight) {
      double time = Math.sqrt(2 * drop / gravity);
      double speed = gravity * time;
      for (int i = 0; i < 40 && speed * speed / (2 * gravity) > restHeight; i++) {
        impacts.add(new double[] {time, speed});
        speed *= restitution;
        time += 2 * speed / gravity;
      }
    }
    impactTimes = impacts.stream().mapToDouble(a -> a[0]).toArray();
    speedsIn = impacts.stream().mapToDouble(a -> a[1]).toArray();
  }

  /** Centre height at time t. */
  double y(double t) {
    if (impactTimes.length == 0) return startY;
    if (t <= impactTimes[0]) return startY + 0.5 * gravity * t * t;
    for (int i = 0; i < impactTimes.length; i++) {
      double end = i + 1 < impactTimes.length ? impactTimes[i + 1] : Double.POSITIVE_INFINITY;
      if (t <= end) {
        double up = speedsIn[i] * restitution;
        double tau = t - impactTimes[i];
        double lift = up * tau - 0.5 * gravity * tau * tau;
        return floorY - Math.max(0, lift);
      }
    }
    return floorY;
  }

  int contactCount() {
    return impactTimes.length;
  }

  double contactTime(int i) {
    return impactTimes[i];
  }

  double contactSpeed(int i) {
    return speedsIn[i];
  }
}
