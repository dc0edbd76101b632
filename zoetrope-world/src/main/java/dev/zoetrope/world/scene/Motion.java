package dev.zoetrope.world.scene;

import java.util.Objects;

/** An object's motion program. Direction and speed are null when the kind does not use them. */
public record Motion(MotionKind kind, Direction direction, Speed speed) {
  public Motion {
    Objects.requireNonNull(kind, "kind");
    if (kind.needsDirection()) {
      Objects.requireNonNull(direction, kind + " needs a direction");
      Objects.requireNonNull(speed, kind + " needs a speed");
      if (kind == MotionKind.ROLL && direction != Direction.LEFT && direction != Direction.RIGHT) {
        throw new IllegalArgumentException("ROLL goes left or right, not " + direction);
      }
    } else if (direction != null || speed != null) {
      throw new IllegalArgumentException(kind + " takes no direction or speed");
    }
  }

  public static Motion still() {
    return new Motion(MotionKind.STILL, null, null);
  }

  public static Motion of(MotionKind kind) {
    return new Motion(kind, null, null);
  }

  public static Motion of(MotionKind kind, Direction direction, Speed speed) {
    return new Motion(kind, direction, speed);
  }
}
