package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.Shape;

/**
 * Whether an observed motion satisfies a stated one. Equal kinds do; beyond that, two readings
 * are accepted because pixels cannot tell them apart: a straight move that carries the object out
 * of the frame (read as leaving) still moves in the stated way, and a ring's spin shows nothing (it
 * is drawn without a marker), so a still ring satisfies "spinning".
 */
public final class MotionMatch {
  private MotionMatch() {}

  public static boolean satisfies(MotionKind stated, MotionKind observed, Shape shape) {
    if (stated == observed) return true;
    if (stated == MotionKind.MOVE && observed == MotionKind.LEAVE) return true;
    return stated == MotionKind.SPIN && observed == MotionKind.STILL && shape == Shape.RING;
  }
}
