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
 *       its cast; each named object takes the unstated parts of its appearance from an unmatched
 *       seen object of its shape (the first unmatched one when it states no shape).
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

  private static List<ObjectFacts> matched(List<ObjectFacts> named, List<ObjectFacts> seen) {
    List<ObjectFacts> unmatched = new ArrayList<>(seen);
    List<ObjectFacts> out = new ArrayList<>();
    for (ObjectFacts o : named) {
      ObjectFacts match = unmatched.stream().filter(s -> o.shape() == null || s.shape() == o.shape()).findFirst().orElse(null);
      if (match == null) {
        out.add(o);
      } else {
        unmatched.remove(match);
        out.add(appearance(o, match));
      }
    }
    return out;
  }

  /** {@code named} with its unstated shape, colour, size and expression taken from {@code seen}. */
  private static ObjectFacts appearance(ObjectFacts named, ObjectFacts seen) {
    Shape shape = named.shape() != null ? named.shape() : seen.shape();
    // A stated change to the seen colour would say nothing; the colour is then left to the filler.
    Colour colour = named.colour() != null || seen.colour() == named.changesTo() ? named.colour() : seen.colour();
    Size size = named.size() != null ? named.size() : seen.size();
    Expression expression = named.expression() != null || shape != Shape.CREATURE ? named.expression() : seen.expression();
    return new ObjectFacts(shape, colour, size, expression, named.motion(), named.direction(), named.speed(), named.changesTo());
  }

  private static ObjectFacts empty() {
    return new ObjectFacts(null, null, null, null, null, null, null, null);
  }
}
