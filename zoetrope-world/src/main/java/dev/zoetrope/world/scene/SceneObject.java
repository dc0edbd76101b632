package dev.zoetrope.world.scene;

import java.util.Objects;

/**
 * One object of a scene. {@code x}, {@code y} is its centre at time 0 in normalised coordinates
 * (it may be outside [0, 1] for objects that enter). {@code changesTo} is the colour it turns into
 * over the clip, or null.
 */
public record SceneObject(
    Shape shape,
    Colour colour,
    Size size,
    Expression expression,
    Motion motion,
    Colour changesTo,
    double x,
    double y) {
  public SceneObject {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(motion, "motion");
    if ((shape == Shape.CREATURE) == (expression == Expression.NONE)) {
      throw new IllegalArgumentException("a creature has an expression and nothing else does");
    }
    if (changesTo == colour) throw new IllegalArgumentException("changesTo equals colour");
  }
}
