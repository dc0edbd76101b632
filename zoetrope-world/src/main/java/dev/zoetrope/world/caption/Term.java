package dev.zoetrope.world.caption;

import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.Speed;
import java.util.Objects;

/**
 * What one word or phrase of the world's language means to the parser. Fact terms carry a value
 * of the scene vocabulary; grammar terms (articles, pronouns, boundaries) steer how facts attach
 * to objects.
 */
public sealed interface Term {

  // ---- facts ----

  /** A shape noun or shape adjective; a null shape is a generic noun ("object", "thing"). */
  record ShapeTerm(Shape shape) implements Term {}

  record ColourTerm(Colour colour) implements Term {
    public ColourTerm {
      Objects.requireNonNull(colour);
    }
  }

  record SizeTerm(Size size) implements Term {
    public SizeTerm {
      Objects.requireNonNull(size);
    }
  }

  record ExpressionTerm(Expression expression) implements Term {
    public ExpressionTerm {
      if (expression == null || expression == Expression.NONE) {
        throw new IllegalArgumentException("an expression term names SMILE or FROWN");
      }
    }
  }

  /** A motion verb; {@code implied} is the direction the verb itself carries ("rises" = up). */
  record MotionTerm(MotionKind kind, Direction implied) implements Term {
    public MotionTerm {
      Objects.requireNonNull(kind);
    }
  }

  /** "into view" / "out of the frame": turns a plain move into an entrance or exit. */
  record FrameEdgeTerm(MotionKind kind) implements Term {
    public FrameEdgeTerm {
      if (kind != MotionKind.ENTER && kind != MotionKind.LEAVE) {
        throw new IllegalArgumentException("frame-edge terms mean ENTER or LEAVE, not " + kind);
      }
    }
  }

  record DirectionTerm(Direction direction) implements Term {
    public DirectionTerm {
      Objects.requireNonNull(direction);
    }
  }

  /** Where an object is, not where it goes: "on the left", "at the top". Two opposite ones make a relation. */
  record PositionTerm(Direction side) implements Term {
    public PositionTerm {
      if (side == null || (side.dx() != 0 && side.dy() != 0)) {
        throw new IllegalArgumentException("a position is LEFT, RIGHT, UP or DOWN, not " + side);
      }
    }
  }

  record SpeedTerm(Speed speed) implements Term {
    public SpeedTerm {
      Objects.requireNonNull(speed);
    }
  }

  record BackgroundTerm(Background background) implements Term {
    public BackgroundTerm {
      Objects.requireNonNull(background);
    }
  }

  /** A camera noun ("camera", "shot"): what follows in the clause is about the camera. */
  record CameraTerm() implements Term {}

  /** A pan verb; the direction that follows in the clause says which pan. */
  record PanTerm() implements Term {}

  /** A complete camera move ("zooms in", "pulls back"). */
  record CameraMoveTerm(Camera camera) implements Term {
    public CameraMoveTerm {
      Objects.requireNonNull(camera);
    }
  }

  /** "still", "static", "motionless": STILL for an object, STATIC for the camera. */
  record StillTerm() implements Term {}

  record OccluderTerm(OccluderKind kind) implements Term {
    public OccluderTerm {
      Objects.requireNonNull(kind);
    }
  }

  record RelationTerm(Relation relation) implements Term {
    public RelationTerm {
      Objects.requireNonNull(relation);
    }
  }

  /** "turns", "changes", "becomes": the next colour in the clause is the colour it turns into. */
  record ChangeTerm() implements Term {}

  // ---- grammar ----

  /** An indefinite determiner with a count: "a" = 1, "two" = 2, "a pair of" = 2. */
  record CountTerm(int count) implements Term {
    public CountTerm {
      if (count < 1) throw new IllegalArgumentException("count " + count);
    }
  }

  /** "the", "this": refers to an object already mentioned when one matches. */
  record DefiniteTerm() implements Term {}

  /** "first", "second", "third": which of several matching objects (0-based). */
  record OrdinalTerm(int index) implements Term {}

  /** "it" (singular) or "they", "both" (plural). */
  record PronounTerm(boolean plural) implements Term {}

  /** "which", "that", "who": the clause goes on about the object just named. */
  record RelativeTerm() implements Term {}

  record AndTerm() implements Term {}

  record CommaTerm() implements Term {}

  /** "from": a following direction is where the motion starts; a colour is the first colour. */
  record FromTerm() implements Term {}

  /** End of a clause: ". ; ! ?", "while", "as", "whereas". */
  record BoundaryTerm() implements Term {}

  /** A phrase recognised only so that its words are not misread ("up and down" after bounces). */
  record FillerTerm() implements Term {}
}
