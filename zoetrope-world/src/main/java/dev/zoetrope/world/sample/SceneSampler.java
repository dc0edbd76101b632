package dev.zoetrope.world.sample;

import dev.zoetrope.world.caption.FactRules;
import dev.zoetrope.world.render.FrameTruth;
import dev.zoetrope.world.render.ObjectTruth;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.Motion;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.Occluder;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.SceneObject;
import dev.zoetrope.world.scene.StartEdges;
import dev.zoetrope.world.scene.StartEdges.Edge;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Draws random scenes from a {@link WorldSpec}, deterministically from a seed. With facts, every
 * stated fact holds in the scene (counts, shapes, colours, sizes, expressions, motions, directions,
 * speeds, colour changes, relation, occluder, camera, background) and the rest is drawn; {@link
 * #sampleExactly} reads complete facts, where null means absent. A relation the objects' motions
 * rule out ({@link StartEdges}) is rejected up front with the reason. Every scene is checked at its
 * first frame at 1:1, 16:9 and 9:16: each object is at least {@value #MIN_VISIBLE} visible (an
 * entering one at least partly), and a relation holds with its axis dominant. A failed check draws
 * again, after {@value #PREFERRED_ATTEMPTS} failures with objects started anywhere rather than where
 * their motion plays out best; after {@value #ATTEMPTS} the facts are reported as impossible.
 */
public final class SceneSampler {
  static final double MIN_VISIBLE = 0.6;
  static final int ATTEMPTS = 200;
  /** Attempts that start objects where their motion plays out best, before any start will do. */
  static final int PREFERRED_ATTEMPTS = 50;
  private static final List<RenderSpec> CHECK_SPECS =
      List.of(new RenderSpec(64, 64, 8, 1), new RenderSpec(112, 64, 8, 1), new RenderSpec(64, 112, 8, 1));
  private static final SceneFacts NOTHING = new SceneFacts(List.of(), null, null, null, null);

  private final WorldSpec spec;

  public SceneSampler(WorldSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  public WorldSpec spec() {
    return spec;
  }

  /** A random scene of the spec. */
  public Scene sample(long seed) {
    return draw(seed, NOTHING, Mode.FREE);
  }

  /**
   * A random scene in which every stated fact holds; null facts are unstated and drawn (except a
   * colour change, which would make a stated colour false by the end). Throws for facts the spec
   * cannot show.
   */
  public Scene sample(long seed, SceneFacts constraints) {
    Objects.requireNonNull(constraints, "constraints");
    check(constraints);
    return draw(seed, constraints, Mode.STATED);
  }

  /**
   * The scene complete facts describe, such as a prompt expander's output or the facts of a
   * rendered scene: a null occluder, relation, colour change or expression means there is none, so
   * {@code SceneFacts.of(sampleExactly(seed, facts))} equals {@code facts}. Only positions and
   * physics are drawn. Throws for incomplete facts (naming what is missing) and as {@link
   * #sample(long, SceneFacts)} does.
   */
  public Scene sampleExactly(long seed, SceneFacts complete) {
    Objects.requireNonNull(complete, "complete");
    FactRules.requireComplete(complete);
    check(complete);
    return draw(seed, complete, Mode.EXACT);
  }

  /** How facts are read: none given, null as unstated, or null as absent. */
  private enum Mode {
    FREE,
    STATED,
    EXACT
  }

  private Scene draw(long seed, SceneFacts facts, Mode mode) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + attempt);
      Scene scene = candidate(seed, facts, mode, attempt >= PREFERRED_ATTEMPTS, random);
      if (scene != null && looksRight(scene)) return scene;
    }
    throw new IllegalArgumentException("cannot place a scene with these facts after " + ATTEMPTS + " tries: " + facts);
  }

  private Scene candidate(long seed, SceneFacts facts, Mode mode, boolean anywhere, SplittableRandom random) {
    int count = facts.objects().isEmpty() ? drawCount(facts.relation() != null, random) : facts.objects().size();
    List<ObjectFacts> objects = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ObjectFacts stated = i < facts.objects().size() ? facts.objects().get(i) : blank();
      ObjectFacts filled = ObjectFiller.fill(stated, random, mode == Mode.FREE, spec.colourChangeChance());
      if (!spec.allows(filled)) return null; // an unstated fact completed a held-out composition
      objects.add(filled);
    }
    Edge[] edges = Placement.edges(facts.relation(), objects, random);
    if (edges == null) return null; // unstated motions were drawn that rule out the stated relation
    double[][] starts = new double[count][];
    for (int i = 0; i < count; i++) starts[i] = Placement.start(objects.get(i), edges[i], anywhere, random);
    Placement.applyRelation(facts.relation(), edges, starts, random);
    OccluderKind occluderKind = facts.occluder() != null || mode == Mode.EXACT ? facts.occluder()
        : random.nextDouble() < spec.occluderChance() ? ObjectFiller.pick(OccluderKind.values(), random) : null;
    Occluder occluder = occluderKind == null ? null : Placement.occluder(occluderKind, objects, starts, anywhere, random);
    Background background = facts.background() != null ? facts.background() : ObjectFiller.pick(Background.values(), random);
    Camera camera = facts.camera() != null ? facts.camera() : ObjectFiller.pick(Camera.values(), random);
    List<SceneObject> sceneObjects = new ArrayList<>(count);
    for (int i = 0; i < count; i++) sceneObjects.add(toObject(objects.get(i), starts[i]));
    double gravity = random.nextDouble(1.2, 2.0);
    double restitution = random.nextDouble(0.55, 0.8);
    return new Scene(seed, background, camera, sceneObjects, occluder, facts.relation(), gravity, restitution);
  }

  private int drawCount(boolean needsTwo, SplittableRandom random) {
    int low = needsTwo ? 2 : 1;
    if (spec.maxObjects() < low) throw new IllegalArgumentException("a relation needs two objects; the spec allows " + spec.maxObjects());
    double u = random.nextDouble();
    int count = u < 0.4 ? 1 : u < 0.75 ? 2 : 3;
    return Math.max(low, Math.min(spec.maxObjects(), count));
  }

  private void check(SceneFacts facts) {
    if (facts.objects().size() > spec.maxObjects()) {
      throw new IllegalArgumentException(facts.objects().size() + " objects stated; this world allows at most " + spec.maxObjects());
    }
    if (facts.relation() != null && facts.objects().size() == 1) {
      throw new IllegalArgumentException("a relation (" + facts.relation().word() + ") needs two objects, one stated");
    }
    for (ObjectFacts object : facts.objects()) {
      ObjectFiller.checkConsistent(object);
      Composition held = spec.violation(object);
      if (held != null) {
        throw new IllegalArgumentException("\"" + held.words() + "\" is held out of this world spec; sample it with WorldSpec.full()");
      }
    }
    if (facts.relation() != null && facts.objects().size() >= 2) {
      String conflict = StartEdges.conflict(facts.relation(), facts.objects().get(0), facts.objects().get(1));
      if (conflict != null) throw new IllegalArgumentException(conflict);
    }
  }

  /** The first frame shows every object (entering ones in part) and a stated relation, at every aspect. */
  private static boolean looksRight(Scene scene) {
    for (RenderSpec check : CHECK_SPECS) {
      FrameTruth truth = Renderer.renderFrame(scene, check, 0, new byte[check.width() * check.height() * 3]);
      for (int i = 0; i < scene.objects().size(); i++) {
        boolean entering = scene.objects().get(i).motion().kind() == MotionKind.ENTER;
        double visible = truth.object(i).visibleFraction();
        if (entering ? visible < 0.03 : visible < MIN_VISIBLE) return false;
      }
      if (scene.relation() != null && !holds(scene.relation(), truth.object(0), truth.object(1), Math.min(check.width(), check.height()))) {
        return false;
      }
    }
    return true;
  }

  /** The relation of a to b by visible centroids: clear along its axis, and that axis dominant. */
  static boolean holds(Relation relation, ObjectTruth a, ObjectTruth b, double unit) {
    double dx = b.centroidX() - a.centroidX(), dy = b.centroidY() - a.centroidY();
    double along = switch (relation) {
      case LEFT_OF -> dx;
      case RIGHT_OF -> -dx;
      case ABOVE -> dy;
      case BELOW -> -dy;
    };
    double across = relation == Relation.LEFT_OF || relation == Relation.RIGHT_OF ? Math.abs(dy) : Math.abs(dx);
    return along >= 0.12 * unit && along > across;
  }

  private static ObjectFacts blank() {
    return new ObjectFacts(null, null, null, null, null, null, null, null);
  }

  private static SceneObject toObject(ObjectFacts f, double[] start) {
    Motion motion = f.motion().needsDirection() ? Motion.of(f.motion(), f.direction(), f.speed()) : Motion.of(f.motion());
    Expression expression = f.expression() == null ? Expression.NONE : f.expression();
    return new SceneObject(f.shape(), f.colour(), f.size(), expression, motion, f.changesTo(), start[0], start[1]);
  }
}
