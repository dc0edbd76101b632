package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.Speed;
import java.util.List;
import java.util.Objects;

/**
 * What the oracle read about one tracked object. Positions are normalised world coordinates
 * (fractions of the frame width and height at frame 0, camera undone); velocities are per second.
 *
 * @param direction null unless the motion has one
 * @param speed null unless the motion has one
 * @param speedValue measured speed in frame units per second (also for motions without a speed)
 * @param radius bounding-circle radius at the first whole sighting, fraction of the short side
 * @param rotation mean turning rate, radians per second (NaN for round shapes)
 * @param bounce the vertical track read as bounces (also for objects that do not bounce)
 * @param gaps frames in which the object was hidden between two sightings
 */
public record ObjectObservation(
    Track track,
    Shape shape,
    Colour colour,
    Colour changesTo,
    Size size,
    Expression expression,
    MotionKind motion,
    Direction direction,
    Speed speed,
    double speedValue,
    double velocityX,
    double velocityY,
    double startX,
    double startY,
    double radius,
    double rotation,
    BounceFit bounce,
    List<Gap> gaps) {
  public ObjectObservation {
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(motion, "motion");
    gaps = List.copyOf(gaps);
  }

  /** These observations as caption facts. */
  public ObjectFacts facts() {
    return new ObjectFacts(
        shape, colour, size, expression == Expression.NONE ? null : expression,
        motion, direction, speed, changesTo);
  }
}
