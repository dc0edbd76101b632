package dev.zoetrope.world.caption;

import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.Speed;
import dev.zoetrope.world.scene.StartEdges;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Fills every unstated fact at random, within the world's rules and around the stated ones: an
 * expression alone makes a creature, a sideways-only roll is chosen only for sideways directions,
 * a colour is never the colour the object turns into, a stated colour is never given a change
 * (the prompt's colour would be false by the end), a relation is one the objects' motions let
 * hold at the first frame. Optional facts (colour change, occluder, relation) are sometimes left
 * absent, as in the training scenes.
 */
final class FactFiller {
  static final double CHANGE_PROBABILITY = 0.2;
  static final double STATIC_CAMERA_PROBABILITY = 0.5;
  static final double OCCLUDER_PROBABILITY = 0.25;
  static final double RELATION_PROBABILITY = 0.5;
  private static final int RELATION_DRAWS = 100;

  private FactFiller() {}

  /** {@code drawRelation} false: an unstated relation stays absent (the expander dropped the stated one as impossible). */
  static SceneFacts fill(SceneFacts stated, boolean drawRelation, Random random) {
    int named = stated.objects().isEmpty() ? 1 + random.nextInt(3) : stated.objects().size();
    int count = stated.relation() != null ? Math.max(named, 2) : named;
    List<ObjectFacts> objects = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ObjectFacts given = i < stated.objects().size() ? stated.objects().get(i) : empty();
      objects.add(object(given, random));
    }
    Background background = orElse(stated.background(), () -> pick(random, Background.values()));
    Camera camera = orElse(stated.camera(), () -> random.nextDouble() < STATIC_CAMERA_PROBABILITY
        ? Camera.STATIC : pick(random, Arrays.copyOfRange(Camera.values(), 1, Camera.values().length)));
    OccluderKind occluder = orElse(stated.occluder(), () -> random.nextDouble() < OCCLUDER_PROBABILITY
        ? pick(random, OccluderKind.values()) : null);
    Relation relation = orElse(stated.relation(), () -> drawRelation && count >= 2 && random.nextDouble() < RELATION_PROBABILITY
        ? pick(random, Relation.values()) : null);
    if (relation != null && stated.relation() == null) relation = possibleRelation(relation, objects, random);
    if (stated.relation() != null) redrawUntilRelationFits(stated, objects, random);
    return new SceneFacts(objects, background, camera, occluder, relation);
  }

  /** The drawn relation, or another one the objects' start edges allow ({@link StartEdges}), or none. */
  private static Relation possibleRelation(Relation drawn, List<ObjectFacts> objects, Random random) {
    if (StartEdges.conflict(drawn, objects.get(0), objects.get(1)) == null) return drawn;
    List<Relation> possible = new ArrayList<>();
    for (Relation r : Relation.values()) if (StartEdges.conflict(r, objects.get(0), objects.get(1)) == null) possible.add(r);
    return possible.isEmpty() ? null : possible.get(random.nextInt(possible.size()));
  }

  /**
   * Draws the unstated facts of objects 0 and 1 again while their motions rule the stated relation
   * out. Stated facts alone never do (the expander drops such a relation first), so a few draws
   * suffice; should they all fail, the conflict is left for the scene sampler to name.
   */
  private static void redrawUntilRelationFits(SceneFacts stated, List<ObjectFacts> objects, Random random) {
    for (int draw = 0; draw < RELATION_DRAWS && StartEdges.conflict(stated.relation(), objects.get(0), objects.get(1)) != null; draw++) {
      for (int i = 0; i < 2; i++) objects.set(i, object(i < stated.objects().size() ? stated.objects().get(i) : empty(), random));
    }
  }

  private static ObjectFacts object(ObjectFacts given, Random random) {
    Shape shape = orElse(given.shape(), () -> given.expression() != null ? Shape.CREATURE : pick(random, Shape.values()));
    Expression expression = shape != Shape.CREATURE ? null
        : orElse(given.expression(), () -> random.nextBoolean() ? Expression.SMILE : Expression.FROWN);
    Colour colour = orElse(given.colour(), () -> colourOtherThan(given.changesTo(), random));
    Size size = orElse(given.size(), () -> pick(random, Size.values()));
    MotionKind motion = orElse(given.motion(), () -> motionFor(given, random));
    Direction direction = null;
    Speed speed = null;
    if (motion.needsDirection()) {
      direction = orElse(given.direction(), () -> motion == MotionKind.ROLL
          ? (random.nextBoolean() ? Direction.LEFT : Direction.RIGHT)
          : pick(random, Direction.values()));
      speed = orElse(given.speed(), () -> pick(random, Speed.values()));
    }
    // A stated colour holds to the end: only an object of unstated colour may be given a change.
    Colour changesTo = orElse(given.changesTo(), () -> given.colour() == null && random.nextDouble() < CHANGE_PROBABILITY
        ? colourOtherThan(colour, random) : null);
    return new ObjectFacts(shape, colour, size, expression, motion, direction, speed, changesTo);
  }

  /** A stated direction or speed asks for a motion that has one; a vertical one rules out a roll. */
  private static MotionKind motionFor(ObjectFacts given, Random random) {
    if (given.direction() == null && given.speed() == null) return pick(random, MotionKind.values());
    List<MotionKind> directed = new ArrayList<>();
    for (MotionKind k : MotionKind.values()) {
      boolean sideways = given.direction() == null || given.direction().dy() == 0;
      if (k.needsDirection() && (k != MotionKind.ROLL || sideways)) directed.add(k);
    }
    return directed.get(random.nextInt(directed.size()));
  }

  private static Colour colourOtherThan(Colour avoid, Random random) {
    Colour c;
    do {
      c = pick(random, Colour.values());
    } while (c == avoid);
    return c;
  }

  private static ObjectFacts empty() {
    return new ObjectFacts(null, null, null, null, null, null, null, null);
  }

  private static <T> T orElse(T value, java.util.function.Supplier<T> fallback) {
    return value != null ? value : fallback.get();
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
