package dev.zoetrope.world.sample;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.world.render.FrameTruth;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.Speed;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SceneSamplerTest {
  private final SceneSampler training = new SceneSampler(WorldSpec.training());
  private final SceneSampler full = new SceneSampler(WorldSpec.full());

  @Test
  void sameSeedSameScene() {
    assertEquals(training.sample(42), training.sample(42));
    assertNotEquals(training.sample(42), training.sample(43));
  }

  @Test
  void trainingNeverShowsHeldOutCompositionsButShowsEveryWord() {
    EnumSet<Shape> shapes = EnumSet.noneOf(Shape.class);
    EnumSet<Colour> colours = EnumSet.noneOf(Colour.class);
    EnumSet<MotionKind> motions = EnumSet.noneOf(MotionKind.class);
    EnumSet<Direction> directions = EnumSet.noneOf(Direction.class);
    EnumSet<Background> backgrounds = EnumSet.noneOf(Background.class);
    EnumSet<Camera> cameras = EnumSet.noneOf(Camera.class);
    EnumSet<OccluderKind> occluders = EnumSet.noneOf(OccluderKind.class);
    int changes = 0, relations = 0;
    for (long seed = 0; seed < 1500; seed++) {
      Scene scene = training.sample(seed);
      for (ObjectFacts o : SceneFacts.of(scene).objects()) {
        assertTrue(WorldSpec.training().allows(o), "seed " + seed + " produced held-out " + o);
        shapes.add(o.shape());
        colours.add(o.colour());
        motions.add(o.motion());
        if (o.direction() != null) directions.add(o.direction());
        if (o.changesTo() != null) changes++;
      }
      backgrounds.add(scene.background());
      cameras.add(scene.camera());
      if (scene.occluder() != null) occluders.add(scene.occluder().kind());
      if (scene.relation() != null) relations++;
    }
    assertEquals(EnumSet.allOf(Shape.class), shapes);
    assertEquals(EnumSet.allOf(Colour.class), colours);
    assertEquals(EnumSet.allOf(MotionKind.class), motions);
    assertEquals(EnumSet.allOf(Direction.class), directions);
    assertEquals(EnumSet.allOf(Background.class), backgrounds);
    assertEquals(EnumSet.allOf(Camera.class), cameras);
    assertEquals(EnumSet.allOf(OccluderKind.class), occluders);
    assertTrue(changes > 50, "colour changes: " + changes);
    assertEquals(0, relations, "unconstrained scenes state no relation");
    assertTrue(WorldSpec.heldOut().size() >= 8 && WorldSpec.heldOut().size() <= 12);
  }

  @Test
  void heldOutCompositionsNeedTheFullSpec() {
    SceneFacts greenStar = facts(new ObjectFacts(Shape.STAR, Colour.GREEN, null, null, null, null, null, null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> training.sample(1, greenStar));
    assertTrue(e.getMessage().contains("green star"), e.getMessage());
    Scene scene = full.sample(1, greenStar);
    assertEquals(Shape.STAR, scene.objects().get(0).shape());
    assertEquals(Colour.GREEN, scene.objects().get(0).colour());
    SceneFacts triangleUp = facts(new ObjectFacts(Shape.TRIANGLE, null, null, null, MotionKind.MOVE, Direction.UP, null, null));
    assertThrows(IllegalArgumentException.class, () -> training.sample(2, triangleUp));
    assertEquals(Direction.UP, full.sample(2, triangleUp).objects().get(0).motion().direction());
  }

  @Test
  void honoursEveryStatedFact() {
    SplittableRandom random = new SplittableRandom(9);
    for (long seed = 0; seed < 300; seed++) {
      SceneFacts whole = SceneFacts.of(full.sample(seed + 10_000));
      SceneFacts stated = forget(whole, random);
      Relation relation = stated.objects().size() >= 2 && random.nextBoolean() ? Relation.values()[random.nextInt(4)] : null;
      stated = new SceneFacts(stated.objects(), stated.background(), stated.camera(), stated.occluder(), relation);
      Scene scene;
      try {
        scene = full.sample(seed, stated);
      } catch (IllegalArgumentException impossible) {
        assertTrue(relation != null && impossible.getMessage().contains("cannot be"), impossible.getMessage());
        continue; // e.g. a rolling object stated to be above another
      }
      SceneFacts got = SceneFacts.of(scene);
      assertEquals(stated.objects().size(), got.objects().size(), "count");
      for (int i = 0; i < stated.objects().size(); i++) assertHolds(stated.objects().get(i), got.objects().get(i));
      assertStated(stated.background(), got.background());
      assertStated(stated.camera(), got.camera());
      assertStated(stated.occluder(), got.occluder());
      assertEquals(relation, got.relation());
      if (relation != null) assertRelationVisible(scene);
    }
  }

  @Test
  void objectsStartVisibleAtEveryAspect() {
    for (long seed = 0; seed < 150; seed++) {
      Scene scene = training.sample(seed);
      for (RenderSpec spec : List.of(new RenderSpec(128, 128, 8, 1), new RenderSpec(224, 128, 8, 1), new RenderSpec(128, 224, 8, 1))) {
        FrameTruth truth = Renderer.render(scene, spec).truth().get(0);
        for (int i = 0; i < scene.objects().size(); i++) {
          boolean entering = scene.objects().get(i).motion().kind() == MotionKind.ENTER;
          double visible = truth.object(i).visibleFraction();
          assertTrue(entering ? visible > 0 : visible >= 0.55, "seed " + seed + " object " + i + " at " + spec + ": " + visible);
        }
      }
    }
  }

  @Test
  void contradictoryFactsAreRejectedClearly() {
    var smilingBall = facts(new ObjectFacts(Shape.BALL, null, null, Expression.SMILE, null, null, null, null));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> full.sample(1, smilingBall)).getMessage().contains("creature"));
    var rollingUp = facts(new ObjectFacts(null, null, null, null, MotionKind.ROLL, Direction.UP, null, null));
    assertThrows(IllegalArgumentException.class, () -> full.sample(1, rollingUp));
    var lonelyRelation = new SceneFacts(List.of(blank()), null, null, null, Relation.ABOVE);
    assertThrows(IllegalArgumentException.class, () -> full.sample(1, lonelyRelation));
    var rollerAbove = new SceneFacts(List.of(
        new ObjectFacts(null, null, Size.LARGE, null, MotionKind.ROLL, null, null, null),
        new ObjectFacts(null, null, Size.LARGE, null, MotionKind.ROLL, null, null, null)), null, null, null, Relation.ABOVE);
    assertEquals("object 0 rolls along the floor, so it cannot be above object 1",
        assertThrows(IllegalArgumentException.class, () -> full.sample(1, rollerAbove)).getMessage());
    var stateOnlyDirection = facts(new ObjectFacts(null, null, null, null, null, Direction.UP, Speed.SLOW, null));
    Scene scene = full.sample(3, stateOnlyDirection);
    assertEquals(Direction.UP, scene.objects().get(0).motion().direction(), "a stated direction picks a motion that has one");
  }

  private static void assertRelationVisible(Scene scene) {
    for (RenderSpec spec : List.of(new RenderSpec(128, 128, 8, 1), new RenderSpec(224, 128, 8, 1), new RenderSpec(128, 224, 8, 1))) {
      FrameTruth t = Renderer.render(scene, spec).truth().get(0);
      assertTrue(SceneSampler.holds(scene.relation(), t.object(0), t.object(1), 128), scene.relation() + " at " + spec);
    }
  }

  private static void assertHolds(ObjectFacts stated, ObjectFacts got) {
    Function<ObjectFacts, List<Object>> fields = o -> java.util.Arrays.asList(
        o.shape(), o.colour(), o.size(), o.expression(), o.motion(), o.direction(), o.speed(), o.changesTo());
    List<Object> want = fields.apply(stated), have = fields.apply(got);
    for (int f = 0; f < want.size(); f++) if (want.get(f) != null) assertEquals(want.get(f), have.get(f), "field " + f + " of " + got);
  }

  private static <T> void assertStated(T stated, T got) {
    if (stated != null) assertEquals(stated, got);
  }

  /** Keeps each fact with probability one half. */
  private static SceneFacts forget(SceneFacts whole, SplittableRandom r) {
    List<ObjectFacts> objects = whole.objects().stream().map(o -> {
      boolean keepMotion = r.nextBoolean();
      return new ObjectFacts(keep(o.shape(), r), keep(o.colour(), r), keep(o.size(), r), keep(o.expression(), r),
          keepMotion ? o.motion() : null, keepMotion ? keep(o.direction(), r) : null, keepMotion ? keep(o.speed(), r) : null,
          keep(o.changesTo(), r));
    }).toList();
    return new SceneFacts(objects, keep(whole.background(), r), keep(whole.camera(), r), keep(whole.occluder(), r), null);
  }

  private static <T> T keep(T value, SplittableRandom r) {
    return r.nextBoolean() ? value : null;
  }

  private static SceneFacts facts(ObjectFacts object) {
    return new SceneFacts(List.of(object), null, null, null, null);
  }

  private static ObjectFacts blank() {
    return new ObjectFacts(null, null, null, null, null, null, null, null);
  }
}
