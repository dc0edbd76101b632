package dev.zoetrope.world.caption;

import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the facts a prompt leaves unstated from what the given frames show (an image to animate, a
 * video to extend, edit or connect), before anything is drawn at random. The prompt always wins:
 * grounding only fills its blanks, so an edit that asks for a blue ball keeps the blue.
 *
 * <ul>
 *   <li>background, camera and occluder: the prompt's, else the seen ones. A seen scene without an
 *       occluder means none; a null seen camera means it could not be seen (one image) and stays
 *       unstated.
 *   <li>objects: a prompt that names none gets the seen objects' appearance (shape, colour, size,
 *       expression); their motion stays the prompt's or the seed's. A prompt that names objects keeps
 *       its cast; each named object takes the unstated parts of its appearance from a seen object of
 *       its shape, else, from one left over, all of it (no shape named) or its colour alone.
 *   <li>relation: the prompt's, else the seen one when the seen objects are the whole cast.
 * </ul>
 */
final class Grounding {
  /** The world's scenes hold at most three objects. */
  static final int MAX_OBJECTS = 3;

  private Grounding() {}

  static SceneFacts ground(SceneFacts stated, SceneFacts seen) {
    List<ObjectFacts> objects = stated.objects().isEmpty() ? seenCast(seen) : matched(stated.objects(), seen.objects());
    Background background = stated.background() != null ? stated.background() : seen.background();
    Camera camera = stated.camera() != null ? stated.camera() : seen.camera();
    OccluderKind occluder = stated.occluder() != null ? stated.occluder() : seen.occluder();
    Relation relation = stated.relation() != null ? stated.relation()
        : stated.objects().isEmpty() && objects.size() >= 2 ? seen.relation() : null;
    return new SceneFacts(objects, background, camera, occluder, relation);
  }

  private static List<ObjectFacts> seenCast(SceneFacts seen) {
    return seen.objects().stream().limit(MAX_OBJECTS).map(o -> appearance(empty(), o)).toList();
  }

  /**
   * Named objects first take the seen objects of their shape; then each one left takes what is left
   * over: all of its look when it names no shape, its colour alone when it names one the frames do
   * not show (colour is what the oracle reads best, also of a model's pieces).
   */
  private static List<ObjectFacts> matched(List<ObjectFacts> named, List<ObjectFacts> seen) {
    List<ObjectFacts> unmatched = new ArrayList<>(seen);
    ObjectFacts[] out = new ObjectFacts[named.size()];
    named = named.stream().map(Grounding::faceMeansCreature).toList();
    for (int i = 0; i < out.length; i++) {
      ObjectFacts o = named.get(i);
      ObjectFacts match = o.shape() == null ? null
          : unmatched.stream().filter(s -> s.shape() == o.shape()).findFirst().orElse(null);
      if (match != null) {
        unmatched.remove(match);
        out[i] = appearance(o, match);
      }
    }
    for (int i = 0; i < out.length; i++) {
      if (out[i] != null) continue;
      ObjectFacts o = named.get(i);
      if (unmatched.isEmpty()) {
        out[i] = o;
        continue;
      }
      ObjectFacts left = unmatched.remove(0);
      out[i] = o.shape() == null ? appearance(o, left) : withColour(o, left.colour());
    }
    return List.of(out);
  }

  /** A stated expression alone names a creature (as the filler reads it), so no faceless shape is taken for it. */
  private static ObjectFacts faceMeansCreature(ObjectFacts o) {
    if (o.shape() != null || o.expression() == null) return o;
    return new ObjectFacts(Shape.CREATURE, o.colour(), o.size(), o.expression(), o.motion(), o.direction(), o.speed(), o.changesTo());
  }

  private static ObjectFacts withColour(ObjectFacts named, Colour seen) {
    return new ObjectFacts(named.shape(), colour(named, seen), named.size(), named.expression(), named.motion(), named.direction(),
        named.speed(), named.changesTo());
  }

  /** The named colour, else the seen one; a stated change to the seen colour would say nothing, so that one is left to the filler. */
  private static Colour colour(ObjectFacts named, Colour seen) {
    return named.colour() != null || seen == named.changesTo() ? named.colour() : seen;
  }

  /** {@code named} with its unstated shape, colour, size and expression taken from {@code seen}. */
  private static ObjectFacts appearance(ObjectFacts named, ObjectFacts seen) {
    Shape shape = named.shape() != null ? named.shape() : seen.shape();
    Colour colour = colour(named, seen.colour());
    Size size = named.size() != null ? named.size() : seen.size();
    Expression expression = named.expression() != null || shape != Shape.CREATURE ? named.expression() : seen.expression();
    return new ObjectFacts(shape, colour, size, expression, named.motion(), named.direction(), named.speed(), named.changesTo());
  }

  private static ObjectFacts empty() {
    return new ObjectFacts(null, null, null, null, null, null, null, null);
  }
}
