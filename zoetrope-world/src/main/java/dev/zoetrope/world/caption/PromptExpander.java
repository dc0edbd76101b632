package dev.zoetrope.world.caption;

import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.StartEdges;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Grammar-based prompt expansion: parse the prompt, repair the few statements the world cannot
 * show, fill every unstated fact from the seed ({@link FactFiller}), and caption the result in the
 * detailed style.
 *
 * <p>Repairs (the only places a stated word is not honoured, because no scene could honour it):
 * an expression on a shape that is not a creature is dropped; a roll that is not sideways keeps
 * its sideways part ("rolls up and to the left" rolls left) or, with none, a sideways direction
 * from the seed; a relation the stated motions rule out at the first frame ({@link StartEdges}: a
 * ball rolling along the floor above a box, a ball entering from the left to the right of a box)
 * is dropped, and no other relation is drawn in its place. The parser already drops a speed or
 * direction on motions that take none and a colour change to the object's own colour, and reads at
 * most three objects.
 *
 * <p>A renderer may be unable to place some complete scenes (objects that do not fit, relations
 * its layout cannot make). A caller that owns one passes a {@code placeable} check; unstated facts
 * are then drawn again, up to {@code attempts} times, until the check passes. The stated facts
 * never change; if no draw passes, the last one is returned.
 */
public final class PromptExpander implements PromptExpansion {
  private final Predicate<SceneFacts> placeable;
  private final int attempts;

  /** Expansion without a placement check: one draw of the unstated facts. */
  public PromptExpander() {
    this(facts -> true, 1);
  }

  public PromptExpander(Predicate<SceneFacts> placeable, int attempts) {
    this.placeable = Objects.requireNonNull(placeable, "placeable");
    if (attempts < 1) throw new IllegalArgumentException("attempts must be >= 1, got " + attempts);
    this.attempts = attempts;
  }

  @Override
  public Expansion expand(String prompt, long seed, SceneFacts seen) {
    if (prompt == null) throw new IllegalArgumentException("prompt is required");
    SceneFacts parsed = CaptionParser.parse(prompt);
    SceneFacts grounded = seen == null ? parsed : Grounding.ground(parsed, seen);
    SceneFacts stated = representable(grounded);
    // A relation dropped as impossible stays absent: drawing another would state what the prompt never did.
    // Nor is one drawn beside given frames: it would place objects the frames already place.
    boolean drawRelation = grounded.relation() == null ? seen == null : stated.relation() != null;
    // The prompt joins the seed so a suite run at one seed still gets varied fillings.
    Random random = new Random(seed * 31 + prompt.hashCode());
    SceneFacts complete = fill(stated, drawRelation, seen, random);
    for (int attempt = 1; attempt < attempts && !placeable.test(complete); attempt++) {
      complete = fill(stated, drawRelation, seen, random);
    }
    return new Expansion(prompt, complete, Captioner.captions(complete, seed).detailed());
  }

  /** The filler's draw; beside given frames that show no occluder, none is drawn. */
  private static SceneFacts fill(SceneFacts stated, boolean drawRelation, SceneFacts seen, Random random) {
    SceneFacts complete = FactFiller.fill(stated, drawRelation, random);
    if (seen == null || stated.occluder() != null) return complete;
    return new SceneFacts(complete.objects(), complete.background(), complete.camera(), null, complete.relation());
  }

  /** The stated facts with what no scene can show repaired (see the class comment). */
  static SceneFacts representable(SceneFacts stated) {
    List<ObjectFacts> objects = stated.objects().stream().map(PromptExpander::representable).toList();
    Relation relation = stated.relation();
    if (relation != null && objects.size() >= 2 && StartEdges.conflict(relation, objects.get(0), objects.get(1)) != null) {
      relation = null;
    }
    return new SceneFacts(objects, stated.background(), stated.camera(), stated.occluder(), relation);
  }

  private static ObjectFacts representable(ObjectFacts o) {
    boolean faceless = o.shape() != null && o.shape() != Shape.CREATURE;
    Direction direction = o.direction();
    if (o.motion() == MotionKind.ROLL && direction != null && direction.dy() != 0) {
      direction = direction.dx() < 0 ? Direction.LEFT : direction.dx() > 0 ? Direction.RIGHT : null;
    }
    return new ObjectFacts(
        o.shape(),
        o.colour(),
        o.size(),
        faceless ? null : o.expression(),
        o.motion(),
        direction,
        o.speed(),
        o.changesTo());
  }
}
