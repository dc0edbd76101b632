package dev.zoetrope.world.sample;

import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * A combination of object attributes, e.g. "green star" (colour + shape) or "triangle moving up"
 * (shape + motion + direction). Null fields are wildcards; at least two fields are set. An object
 * matches when every set field equals its own.
 */
public record Composition(Shape shape, Colour colour, MotionKind motion, Direction direction) {
  public Composition {
    int set = (shape == null ? 0 : 1) + (colour == null ? 0 : 1) + (motion == null ? 0 : 1) + (direction == null ? 0 : 1);
    if (set < 2) throw new IllegalArgumentException("a composition combines at least two attributes");
    if (direction != null && (motion == null || !motion.needsDirection())) {
      throw new IllegalArgumentException("a direction needs a motion that takes one, not " + motion);
    }
  }

  public static Composition of(Colour colour, Shape shape) {
    return new Composition(shape, colour, null, null);
  }

  public static Composition of(Shape shape, MotionKind motion) {
    return new Composition(shape, null, motion, null);
  }

  public static Composition of(Shape shape, MotionKind motion, Direction direction) {
    return new Composition(shape, null, motion, direction);
  }

  /** True when every attribute this composition sets is the object's (unstated facts never match). */
  public boolean matches(ObjectFacts object) {
    return (shape == null || shape == object.shape())
        && (colour == null || colour == object.colour() || colour == object.changesTo())
        && (motion == null || motion == object.motion())
        && (direction == null || direction == object.direction());
  }

  /** In words, e.g. "green star", "triangle moving up", "ring spinning". */
  public String words() {
    List<String> words = new ArrayList<>();
    if (colour != null) words.add(colour.word());
    words.add(shape == null ? "object" : shape.word());
    if (motion != null) words.add(motionWord(motion));
    if (direction != null) words.add(direction.word());
    return String.join(" ", words);
  }

  private static String motionWord(MotionKind motion) {
    return switch (motion) {
      case STILL -> "standing still";
      case MOVE -> "moving";
      case BOUNCE -> "bouncing";
      case ROLL -> "rolling";
      case SPIN -> "spinning";
      case GROW -> "growing";
      case SHRINK -> "shrinking";
      case ENTER -> "entering";
      case LEAVE -> "leaving";
    };
  }
}
