package dev.zoetrope.world.scene;

/**
 * What a caption says about one object. Every field may be null, meaning "not stated"; the prompt
 * expander fills them, the bench checks only the stated ones.
 */
public record ObjectFacts(
    Shape shape,
    Colour colour,
    Size size,
    Expression expression,
    MotionKind motion,
    Direction direction,
    Speed speed,
    Colour changesTo) {

  public static ObjectFacts of(SceneObject o) {
    Motion m = o.motion();
    return new ObjectFacts(
        o.shape(),
        o.colour(),
        o.size(),
        o.expression() == Expression.NONE ? null : o.expression(),
        m.kind(),
        m.direction(),
        m.speed(),
        o.changesTo());
  }
}
