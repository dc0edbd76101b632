package dev.zoetrope.world.scene;

/**
 * What an object does over the clip. {@link #MOVE}, {@link #ENTER} and {@link #LEAVE} need a
 * {@link Direction} and a {@link Speed}; {@link #ROLL} needs {@link Direction#LEFT} or
 * {@link Direction#RIGHT} and a speed; the others need neither.
 */
public enum MotionKind {
  STILL,
  MOVE,
  /** Falls under gravity and bounces on the ground with restitution. */
  BOUNCE,
  /** Rolls along the ground, turning as it goes. */
  ROLL,
  SPIN,
  GROW,
  SHRINK,
  /** Starts outside the frame and moves in. */
  ENTER,
  /** Starts inside the frame and moves out. */
  LEAVE;

  public boolean needsDirection() {
    return this == MOVE || this == ENTER || this == LEAVE || this == ROLL;
  }
}
