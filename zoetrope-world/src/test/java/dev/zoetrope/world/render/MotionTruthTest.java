package dev.zoetrope.world.render;

import static dev.zoetrope.world.render.Scenes.object;
import static dev.zoetrope.world.render.Scenes.single;
import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.Motion;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.SceneObject;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.Speed;
import org.junit.jupiter.api.Test;

/** Every motion program moves the pixels the way the truth says it does. */
class MotionTruthTest {
  private static final RenderSpec SPEC = new RenderSpec(128, 128, 8, 17);

  private static ObjectTruth at(RenderedClip clip, int frame) {
    return clip.truth().get(frame).object(0);
  }

  @Test
  void movesInEveryDirectionAtBothSpeeds() {
    for (Direction direction : Direction.values()) {
      double[] distance = new double[2];
      for (Speed speed : Speed.values()) {
        RenderedClip clip = Renderer.render(
            single(object(Shape.BOX, Colour.GREEN, Motion.of(MotionKind.MOVE, direction, speed), 0.5, 0.5)),
            new RenderSpec(128, 128, 8, 9));
        ObjectTruth first = at(clip, 0), last = at(clip, 8);
        double dx = last.centroidX() - first.centroidX(), dy = last.centroidY() - first.centroidY();
        assertEquals(direction, Direction.nearest(dx, dy), direction + " " + speed);
        double expected = speed.unitsPerSecond() * 128 * 1.0;
        assertEquals(expected, Math.hypot(dx, dy), 1.0, direction + " " + speed + " distance");
        assertEquals(expected, Math.hypot(last.centreX() - first.centreX(), last.centreY() - first.centreY()), 1e-9);
        distance[speed.ordinal()] = Math.hypot(dx, dy);
      }
      assertTrue(distance[1] > 2 * distance[0], "fast is more than twice as fast as slow");
    }
  }

  @Test
  void bouncesOffTheFloorLosingHeight() {
    RenderedClip clip = Renderer.render(single(object(Shape.BALL, Colour.ORANGE, Motion.of(MotionKind.BOUNCE), 0.5, 0.2)),
        new RenderSpec(128, 128, 24, 96));
    var contacts = clip.contacts();
    assertTrue(contacts.size() >= 3, "several bounces in 4 s: " + contacts);
    double floor = WorldConstants.FLOOR * 128 - 0.12 * 128;
    for (int i = 0; i < contacts.size(); i++) {
      ContactEvent c = contacts.get(i);
      assertEquals(floor, c.y(), 1e-6);
      if (i > 0) assertEquals(0.7 * contacts.get(i - 1).speed(), c.speed(), 1e-6, "restitution 0.7");
      FrameTruth frame = clip.truth().get(c.frame());
      assertTrue(frame.time() >= c.time() && frame.time() - c.time() < 1 / 24.0 + 1e-9);
    }
    double lowest = Double.NEGATIVE_INFINITY, highestAfterFirstBounce = Double.POSITIVE_INFINITY;
    for (FrameTruth t : clip.truth()) {
      lowest = Math.max(lowest, t.object(0).centreY());
      if (t.time() > contacts.get(0).time()) highestAfterFirstBounce = Math.min(highestAfterFirstBounce, t.object(0).centreY());
    }
    assertTrue(lowest <= floor + 1e-6, "never sinks below the floor");
    assertTrue(highestAfterFirstBounce > 0.2 * 128 + 2, "bounces lower than it fell from");
  }

  @Test
  void rollsAlongTheFloorTurningWithDistance() {
    RenderedClip clip = Renderer.render(
        single(object(Shape.BALL, Colour.RED, Motion.of(MotionKind.ROLL, Direction.RIGHT, Speed.FAST), 0.3, 0.2)), SPEC);
    ObjectTruth first = at(clip, 0), last = at(clip, 16);
    double radius = 0.12 * 128;
    assertEquals(WorldConstants.FLOOR * 128 - radius, first.centreY(), 1e-9, "rolling objects sit on the floor");
    double travelled = last.centreX() - first.centreX();
    assertEquals(travelled / radius, last.angle() - first.angle(), 1e-9, "no slipping");
    assertNotEquals(first.mask().coverage((int) first.centreX() - 6, (int) first.centreY() - 6), 0);
  }

  @Test
  void spinGrowAndShrinkChangeAngleAndArea() {
    RenderedClip spin = Renderer.render(single(object(Shape.STAR, Colour.BLUE, Motion.of(MotionKind.SPIN), 0.5, 0.5)), SPEC);
    assertEquals(WorldConstants.SPIN_RATE * 2, at(spin, 16).angle(), 1e-9);
    assertNotEquals(at(spin, 0).box(), at(spin, 3).box(), "a spinning star's outline turns");
    assertEquals(at(spin, 0).mask().area(), at(spin, 3).mask().area(), 0.05 * at(spin, 0).mask().area());

    RenderedClip grow = Renderer.render(single(object(Shape.TRIANGLE, Colour.CYAN, Motion.of(MotionKind.GROW), 0.5, 0.5)), SPEC);
    assertEquals(1.5 * 1.5, at(grow, 16).mask().area() / at(grow, 0).mask().area(), 0.1, "scale 1.5 after 2 s");
    RenderedClip shrink = Renderer.render(single(object(Shape.RING, Colour.PINK, Motion.of(MotionKind.SHRINK), 0.5, 0.5)), SPEC);
    assertEquals(0.7 * 0.7, at(shrink, 16).mask().area() / at(shrink, 0).mask().area(), 0.06, "scale 0.7 after 2 s");
  }

  @Test
  void entersAndLeavesTheFrame() {
    RenderedClip enter = Renderer.render(single(object(Shape.BOX, Colour.YELLOW,
        Motion.of(MotionKind.ENTER, Direction.RIGHT, Speed.FAST), -0.05, 0.5)), SPEC);
    assertTrue(at(enter, 0).visibleFraction() < 0.5, "starts mostly outside");
    assertEquals(1.0, at(enter, 16).visibleFraction(), 0.02, "ends inside");
    RenderedClip leave = Renderer.render(single(object(Shape.BOX, Colour.YELLOW,
        Motion.of(MotionKind.LEAVE, Direction.UP, Speed.FAST), 0.5, 0.2)), new RenderSpec(128, 128, 8, 33));
    assertEquals(1.0, at(leave, 0).visibleFraction(), 0.02);
    assertFalse(at(leave, 32).visible(), "gone by the end");
    assertEquals(0, at(leave, 32).visibleFraction(), 1e-9);
  }

  @Test
  void changesColourOverTheClip() {
    SceneObject chameleon = new SceneObject(Shape.CREATURE, Colour.GREEN, Size.LARGE, Expression.FROWN,
        Motion.still(), Colour.PURPLE, 0.5, 0.5);
    RenderedClip clip = Renderer.render(single(chameleon), SPEC);
    assertEquals(Colour.GREEN, at(clip, 0).colour());
    assertEquals(Colour.GREEN.rgb(), at(clip, 4).rgb(), "unchanged before 35% of the clip");
    assertEquals(Colour.PURPLE, at(clip, 16).colour());
    assertEquals(Colour.PURPLE.rgb(), at(clip, 16).rgb());
    byte[] last = clip.video().frame(16);
    int x = (int) at(clip, 16).centreX() - 13, y = (int) at(clip, 16).centreY() + 2;
    assertTrue(Scenes.distance(last, (y * 128 + x) * 3, Colour.PURPLE.rgb()) < 12, "body pixels turned purple");
  }
}
