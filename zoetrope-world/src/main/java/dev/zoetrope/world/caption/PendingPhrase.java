package dev.zoetrope.world.caption;

import dev.zoetrope.world.caption.Term.MotionTerm;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;

/**
 * A noun phrase being read: determiner and adjectives seen, noun not yet. If no noun comes, the
 * adjectives were predicates ("the ball is red") and go to the clause's subject.
 */
final class PendingPhrase {
  Integer count;
  boolean definite;
  /** The determiner was the word "one": in "two balls, one red, one blue" it picks a member. */
  boolean one;
  Integer ordinal;
  Size size;
  Colour colour;
  Expression expression;
  /** From a shape adjective ("triangular") or the noun itself. */
  Shape shape;
  /** An adjectival verb: "a bouncing ball". */
  MotionTerm motion;
  /** "a still ball", "a static camera". */
  boolean still;

  boolean hasDeterminer() {
    return count != null || definite;
  }

  boolean hasAdjectives() {
    return size != null || colour != null || expression != null || shape != null || motion != null || still
        || ordinal != null;
  }

  boolean inProgress() {
    return hasDeterminer() || hasAdjectives();
  }

  /** Whether the attribute slot of this term is already filled ("red ... blue" starts a new phrase). */
  boolean hasSlotOf(Term term) {
    return term instanceof Term.SizeTerm && size != null
        || term instanceof Term.ColourTerm && colour != null
        || term instanceof Term.ExpressionTerm && expression != null;
  }

  PendingPhrase copy() {
    PendingPhrase c = new PendingPhrase();
    c.count = count;
    c.definite = definite;
    c.one = one;
    c.ordinal = ordinal;
    c.size = size;
    c.colour = colour;
    c.expression = expression;
    c.shape = shape;
    c.motion = motion;
    c.still = still;
    return c;
  }

  void clear() {
    count = null;
    definite = false;
    one = false;
    ordinal = null;
    size = null;
    colour = null;
    expression = null;
    shape = null;
    motion = null;
    still = false;
  }

  void clearAdjectives() {
    Integer keepCount = count;
    boolean keepDefinite = definite;
    boolean keepOne = one;
    clear();
    count = keepCount;
    definite = keepDefinite;
    one = keepOne;
  }
}
