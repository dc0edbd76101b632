package dev.zoetrope.world.sample;

import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.Speed;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Completes one object's facts: keeps every stated one, draws the rest. */
final class ObjectFiller {
  private static final List<Direction> ROLL_DIRECTIONS = List.of(Direction.LEFT, Direction.RIGHT);
  private static final List<MotionKind> DIRECTED = Arrays.stream(MotionKind.values()).filter(MotionKind::needsDirection).toList();

  private ObjectFiller() {}

  /** Throws {@link IllegalArgumentException} when the stated facts contradict each other. */
  static void checkConsistent(ObjectFacts stated) {
    if (stated.expression() != null && stated.expression() != Expression.NONE
        && stated.shape() != null && stated.shape() != Shape.CREATURE) {
      throw new IllegalArgumentException("only a creature has a facial expression, not a " + stated.shape().word());
    }
    if (stated.changesTo() != null && stated.changesTo() == stated.colour()) {
      throw new IllegalArgumentException("an object cannot change from " + stated.colour().word() + " to the same colour");
    }
    MotionKind motion = stated.motion();
    if (motion != null && !motion.needsDirection() && (stated.direction() != null || stated.speed() != null)) {
      throw new IllegalArgumentException("motion " + motion + " takes no direction or speed");
    }
    if (motion == MotionKind.ROLL && stated.direction() != null && !ROLL_DIRECTIONS.contains(stated.direction())) {
      throw new IllegalArgumentException("rolling goes left or right, not " + stated.direction().word());
    }
  }

  /**
   * A complete object. {@code mayChangeColour} lets an unstated colour change be drawn (only for
   * unconstrained scenes: a change would make a stated colour false by the end of the clip).
   */
  static ObjectFacts fill(ObjectFacts stated, SplittableRandom random, boolean mayChangeColour, double changeChance) {
    boolean wantsFace = stated.expression() != null && stated.expression() != Expression.NONE;
    Shape shape = stated.shape() != null ? stated.shape() : wantsFace ? Shape.CREATURE : pick(Shape.values(), random);
    Colour colour = stated.colour() != null ? stated.colour() : pickExcept(random, stated.changesTo());
    Size size = stated.size() != null ? stated.size() : pick(Size.values(), random);
    Expression expression = shape != Shape.CREATURE ? null
        : wantsFace ? stated.expression() : pick(new Expression[] {Expression.SMILE, Expression.FROWN}, random);
    MotionKind motion = stated.motion() != null ? stated.motion() : pickMotion(stated, random);
    Direction direction = null;
    Speed speed = null;
    if (motion.needsDirection()) {
      direction = stated.direction() != null ? stated.direction()
          : motion == MotionKind.ROLL ? ROLL_DIRECTIONS.get(random.nextInt(2)) : pick(Direction.values(), random);
      speed = stated.speed() != null ? stated.speed() : pick(Speed.values(), random);
    }
    Colour changesTo = stated.changesTo();
    if (changesTo == null && mayChangeColour && random.nextDouble() < changeChance) changesTo = pickExcept(random, colour);
    return new ObjectFacts(shape, colour, size, expression, motion, direction, speed, changesTo);
  }

  /** Stated direction or speed means a motion that takes them; a vertical direction rules out rolling. */
  private static MotionKind pickMotion(ObjectFacts stated, SplittableRandom random) {
    if (stated.direction() == null && stated.speed() == null) return pick(MotionKind.values(), random);
    List<MotionKind> kinds = DIRECTED.stream()
        .filter(k -> k != MotionKind.ROLL || stated.direction() == null || ROLL_DIRECTIONS.contains(stated.direction()))
        .toList();
    return kinds.get(random.nextInt(kinds.size()));
  }

  private static Colour pickExcept(SplittableRandom random, Colour not) {
    Colour c;
    do c = pick(Colour.values(), random);
    while (c == not);
    return c;
  }

  static <T> T pick(T[] values, SplittableRandom random) {
    return values[random.nextInt(values.length)];
  }
}
