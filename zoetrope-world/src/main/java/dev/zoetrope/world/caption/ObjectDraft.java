package dev.zoetrope.world.caption;

import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.Speed;

/**
 * What the parser has read so far about one object. The first statement of a fact wins; later
 * contradictory ones are ignored, so a caption cannot flip a fact halfway through.
 */
final class ObjectDraft {
  Shape shape;
  Colour colour;
  Size size;
  Expression expression;
  MotionKind motion;
  Direction direction;
  Speed speed;
  Colour changesTo;
  /** The direction came from the verb ("rises"): a later "to the left" makes it a diagonal. */
  private boolean impliedDirection;

  /** Nothing stated yet: a slot made by "three objects" that the next description fills. */
  boolean isPlaceholder() {
    return shape == null && colour == null && size == null && expression == null && motion == null
        && direction == null && speed == null && changesTo == null;
  }

  /** Whether a description could refer to this object: every stated attribute agrees or is unknown here. */
  boolean compatible(PendingPhrase p) {
    return agrees(shape, p.shape) && agrees(colour, p.colour) && agrees(size, p.size)
        && agrees(expression, p.expression);
  }

  /** How many stated attributes of the description this object has exactly. */
  int agreement(PendingPhrase p) {
    return same(shape, p.shape) + same(colour, p.colour) + same(size, p.size) + same(expression, p.expression);
  }

  /** Whether this object has every stated attribute of the description (and it states some). */
  boolean matchesExactly(PendingPhrase p) {
    int stated = (p.shape == null ? 0 : 1) + (p.colour == null ? 0 : 1) + (p.size == null ? 0 : 1)
        + (p.expression == null ? 0 : 1);
    return stated > 0 && agreement(p) == stated;
  }

  /** Takes the description's attributes where this object has none yet. */
  void absorb(PendingPhrase p) {
    if (shape == null) shape = p.shape;
    if (colour == null) colour = p.colour;
    if (size == null) size = p.size;
    if (expression == null) expression = p.expression;
    if (p.motion != null) setMotion(p.motion.kind(), p.motion.implied());
    if (p.still) setMotion(MotionKind.STILL, null);
  }

  void setMotion(MotionKind kind, Direction implied) {
    if (kind == MotionKind.BOUNCE && motion == MotionKind.MOVE && impliedDirection && direction == Direction.DOWN) {
      // "falls, then bounces": a fall that ends in bounces is the world's BOUNCE.
      motion = null;
      direction = null;
      impliedDirection = false;
    }
    if (motion != null) return;
    motion = kind;
    if (implied != null && direction == null) {
      direction = implied;
      impliedDirection = true;
    }
  }

  /** "into view" / "out of the frame" turn a plain move (or no motion yet) into ENTER / LEAVE. */
  void reachFrameEdge(MotionKind kind) {
    if (motion == null || motion == MotionKind.MOVE) motion = kind;
  }

  void offerDirection(Direction d) {
    if (motion != null && !motion.needsDirection()) return;
    if (direction == null) {
      direction = d;
    } else if (impliedDirection && direction.dx() == 0 && d.dy() == 0) {
      direction = Direction.nearest(d.dx(), direction.dy());
      impliedDirection = false;
    }
  }

  void offerSpeed(Speed s) {
    if (motion != null && !motion.needsDirection()) return;
    if (speed == null) speed = s;
  }

  void offerColour(Colour c) {
    if (colour == null) colour = c;
  }

  void offerChange(Colour c) {
    if (changesTo == null) changesTo = c;
  }

  /** The facts, with what the world cannot hold dropped: speed of a spin, a change to the same colour. */
  ObjectFacts toFacts() {
    boolean directed = motion == null || motion.needsDirection();
    return new ObjectFacts(
        shape,
        colour,
        size,
        expression,
        motion,
        directed ? direction : null,
        directed ? speed : null,
        changesTo == colour ? null : changesTo);
  }

  private static <T> boolean agrees(T mine, T stated) {
    return stated == null || mine == null || mine == stated;
  }

  private static <T> int same(T mine, T stated) {
    return stated != null && mine == stated ? 1 : 0;
  }
}
