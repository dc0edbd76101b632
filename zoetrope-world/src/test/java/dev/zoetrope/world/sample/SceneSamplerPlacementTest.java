package dev.zoetrope.world.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.world.render.FrameTruth;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.SceneObject;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.Speed;
import dev.zoetrope.world.scene.StartEdges;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every complete set of facts the world's rules allow can be placed. */
class SceneSamplerPlacementTest {
  private static final List<RenderSpec> ASPECTS =
      List.of(new RenderSpec(128, 128, 8, 1), new RenderSpec(224, 128, 8, 1), new RenderSpec(128, 224, 8, 1));
  private final SceneSampler full = new SceneSampler(WorldSpec.full());

  @Test
  void aSmallBallEntersFromTheRight() {
    ObjectFacts ball = new ObjectFacts(Shape.BALL, Colour.RED, Size.SMALL, null, MotionKind.ENTER, Direction.LEFT, Speed.SLOW, null);
    Scene scene = full.sample(1, new SceneFacts(List.of(ball), Background.SKY, Camera.STATIC, null, null));
    assertTrue(scene.objects().get(0).x() > 1, "starts beyond the right edge: " + scene.objects().get(0));
    assertPartlyVisible(scene, 0);
  }

  @Test
  void everyMotionOfEveryShapeAndSizeCanBePlaced() {
    List<String> failures = new ArrayList<>();
    int index = 0;
    for (Shape shape : Shape.values()) {
      for (Size size : Size.values()) {
        for (ObjectFacts motion : motions()) {
          Expression expression = shape == Shape.CREATURE ? Expression.SMILE : null;
          ObjectFacts object = new ObjectFacts(shape, Colour.values()[index % 8], size, expression, motion.motion(),
              motion.direction(), motion.speed(), null);
          SceneFacts facts = new SceneFacts(List.of(object), Background.values()[index % 6],
              Camera.values()[index % Camera.values().length], null, null);
          index++;
          try {
            Scene scene = full.sample(index, facts);
            if (motion.motion() == MotionKind.ENTER) {
              assertStartsOutsideItsEntryEdge(scene.objects().get(0));
              assertPartlyVisible(scene, 0);
            }
          } catch (IllegalArgumentException e) {
            failures.add(shape + " " + size + " " + motion.motion() + " " + motion.direction() + " " + motion.speed());
          }
        }
      }
    }
    assertEquals(List.of(), failures, failures.size() + " of " + index + " cannot be placed");
  }

  @Test
  void randomCompleteFactsCanAllBePlaced() {
    Random random = new Random(2024);
    List<String> failures = new ArrayList<>();
    int total = 2000;
    for (int i = 0; i < total; i++) {
      SceneFacts facts = CompleteFacts.random(random);
      try {
        full.sample(i, facts);
      } catch (IllegalArgumentException e) {
        failures.add(e.getMessage());
      }
    }
    assertEquals(List.of(), failures, failures.size() + " of " + total + " cannot be placed");
  }

  @Test
  void everyRelationTheStartEdgesAllowIsPlacedAndTheRestAreRejectedWithTheReason() {
    List<ObjectFacts> held = new ArrayList<>();
    held.add(new ObjectFacts(null, null, null, null, MotionKind.STILL, null, null, null));
    for (ObjectFacts motion : motions()) {
      boolean edgeHeld = motion.motion() == MotionKind.ROLL || motion.motion() == MotionKind.ENTER;
      if (edgeHeld && motion.speed() == Speed.SLOW) held.add(motion);
    }
    Random random = new Random(5);
    int placed = 0, rejected = 0;
    for (ObjectFacts a : held) {
      for (ObjectFacts b : held) {
        for (Relation relation : Relation.values()) {
          SceneFacts facts = new SceneFacts(List.of(complete(a, random), complete(b, random)), Background.GRASS, Camera.STATIC, null, relation);
          String conflict = StartEdges.conflict(relation, a, b);
          if (conflict != null) {
            assertEquals(conflict, assertThrows(IllegalArgumentException.class, () -> full.sample(7, facts)).getMessage());
            rejected++;
            continue;
          }
          Scene scene = full.sample(7, facts);
          for (RenderSpec spec : ASPECTS) {
            FrameTruth first = Renderer.render(scene, spec).truth().get(0);
            assertTrue(SceneSampler.holds(relation, first.object(0), first.object(1), 128), relation + " at " + spec + ": " + facts);
          }
          placed++;
        }
      }
    }
    assertTrue(placed > rejected && rejected > 0, placed + " placed, " + rejected + " rejected");
  }

  @Test
  void conflictsNameTheMotionsThatRuleTheRelationOut() {
    ObjectFacts roller = new ObjectFacts(null, null, null, null, MotionKind.ROLL, Direction.LEFT, Speed.SLOW, null);
    ObjectFacts fromLeft = new ObjectFacts(null, null, null, null, MotionKind.ENTER, Direction.RIGHT, Speed.SLOW, null);
    ObjectFacts fromTop = new ObjectFacts(null, null, null, null, MotionKind.ENTER, Direction.DOWN, Speed.SLOW, null);
    ObjectFacts fromTopLeft = new ObjectFacts(null, null, null, null, MotionKind.ENTER, Direction.DOWN_RIGHT, Speed.SLOW, null);
    ObjectFacts still = new ObjectFacts(null, null, null, null, MotionKind.STILL, null, null, null);
    assertEquals("object 0 rolls along the floor, so it cannot be above object 1", StartEdges.conflict(Relation.ABOVE, roller, still));
    assertEquals("object 0 enters from the left, so it cannot be to the right of object 1",
        StartEdges.conflict(Relation.RIGHT_OF, fromLeft, still));
    assertEquals("object 1 enters from the top, so object 0 cannot be above it", StartEdges.conflict(Relation.ABOVE, still, fromTop));
    assertEquals("object 0 enters from the top and object 1 rolls along the floor: starting at opposite edges, object 0 cannot be"
        + " to the left of object 1", StartEdges.conflict(Relation.LEFT_OF, fromTop, roller));
    assertNull(StartEdges.conflict(Relation.RIGHT_OF, fromTopLeft, still), "a diagonal entrance may come in by the top edge");
    assertNull(StartEdges.conflict(Relation.ABOVE, still, roller), "anything can be above a rolling object");
    ObjectFacts unstatedEntrance = new ObjectFacts(null, null, null, null, MotionKind.ENTER, null, null, null);
    assertNull(StartEdges.conflict(Relation.RIGHT_OF, unstatedEntrance, roller), "unstated directions are free");
  }

  private static ObjectFacts complete(ObjectFacts motion, Random random) {
    Shape shape = CompleteFacts.pick(random, Shape.values());
    return new ObjectFacts(shape, CompleteFacts.pick(random, Colour.values()), CompleteFacts.pick(random, Size.values()),
        shape == Shape.CREATURE ? Expression.FROWN : null, motion.motion(), motion.direction(), motion.speed(), null);
  }

  /** Every motion with every direction and speed it takes. */
  private static List<ObjectFacts> motions() {
    List<ObjectFacts> motions = new ArrayList<>();
    for (MotionKind kind : MotionKind.values()) {
      if (!kind.needsDirection()) {
        motions.add(new ObjectFacts(null, null, null, null, kind, null, null, null));
        continue;
      }
      for (Direction direction : Direction.values()) {
        if (kind == MotionKind.ROLL && direction.dy() != 0) continue;
        for (Speed speed : Speed.values()) motions.add(new ObjectFacts(null, null, null, null, kind, direction, speed, null));
      }
    }
    return motions;
  }

  private static void assertStartsOutsideItsEntryEdge(SceneObject object) {
    Direction d = object.motion().direction();
    boolean outside = (d.dx() > 0 && object.x() < 0) || (d.dx() < 0 && object.x() > 1)
        || (d.dy() > 0 && object.y() < 0) || (d.dy() < 0 && object.y() > 1);
    assertTrue(outside, "an object entering " + d + " starts outside the edge it comes in by: " + object);
  }

  private static void assertPartlyVisible(Scene scene, int index) {
    for (RenderSpec spec : ASPECTS) {
      FrameTruth first = Renderer.render(scene, spec).truth().get(0);
      double visible = first.object(index).visibleFraction();
      assertTrue(visible > 0.02 && visible < 0.5, "partly visible at " + spec.width() + "x" + spec.height() + ": " + visible);
    }
  }
}
