package dev.zoetrope.world.bench;

import dev.zoetrope.world.oracle.ObjectObservation;
import dev.zoetrope.world.oracle.Observation;
import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.MotionKind;

/**
 * A video as a fixed-length vector of what the oracle read, the feature space of fd_oracle and
 * kid_oracle (in place of I3D features): shares of object colours, classes and motions, the object
 * count, mean speed, camera pan and zoom rates, and the background.
 */
public final class OracleFeatures {
  public static final int SIZE = 8 + 6 + 9 + 1 + 1 + 2 + Background.values().length + 1;

  private OracleFeatures() {}

  public static double[] of(Observation seen) {
    double[] v = new double[SIZE];
    int n = seen.objects().size();
    double speed = 0;
    for (ObjectObservation o : seen.objects()) {
      v[o.colour().ordinal()] += 1.0 / n;
      v[8 + o.shape().ordinal()] += 1.0 / n;
      v[14 + o.motion().ordinal()] += 1.0 / n;
      speed += o.speedValue() / n;
    }
    int at = 14 + MotionKind.values().length;
    v[at++] = n / 3.0;
    v[at++] = speed;
    v[at++] = seen.camera().panRate();
    v[at++] = seen.camera().zoomRate();
    v[at + (seen.background() == null ? Background.values().length : seen.background().ordinal())] = 1;
    return v;
  }
}
