package dev.zoetrope.world.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.Speed;
import dev.zoetrope.world.video.Video;
import org.junit.jupiter.api.Test;

/** The whole pipeline on hand-built clips whose facts are known by construction. */
class OracleTest {
  private static final int W = 128;
  private static final int H = 96;
  private static final double FPS = 8;
  private final Oracle oracle = new Oracle();

  @Test
  void readsAFastBallMovingRight() {
    // 0.3 widths per second; radius 0.12 of the short side (medium).
    Video v = Clips.plain(W, H, FPS, 16, (k, t, s) -> s.disc((0.2 + 0.3 * t) * W, 0.5 * H, 0.12 * H, Colour.RED));
    ObjectObservation o = only(oracle.read(v));
    assertEquals(Shape.BALL, o.shape());
    assertEquals(Colour.RED, o.colour());
    assertNull(o.changesTo());
    assertEquals(Size.MEDIUM, o.size());
    assertEquals(MotionKind.MOVE, o.motion());
    assertEquals(Direction.RIGHT, o.direction());
    assertEquals(Speed.FAST, o.speed());
    // Speeds are in short sides per second: 0.3 widths of 128 px is 0.4 heights of 96 px.
    assertEquals(0.3 * W / H, o.speedValue(), 0.01);
  }

  @Test
  void compensatesTheCameraWhenJudgingMotion() {
    // Camera pans left (content moves right 2 px per frame); the box is still in the world.
    Video still = Clips.panned(W, H, FPS, 16, 2, 0, (k, t, s) -> s.polygon(50 + 2 * k, 48, 12, 4, 0.2, Colour.GREEN));
    Observation seen = oracle.read(still);
    assertEquals(Camera.PAN_LEFT, seen.cameraMotion());
    assertEquals(MotionKind.STILL, only(seen).motion());
    // Camera pans right; a triangle moves up slowly in the world (0.12 heights per second).
    Video up = Clips.panned(W, H, FPS, 16, -1.5, 0,
        (k, t, s) -> s.polygon(70 - 1.5 * k, (0.7 - 0.12 * t) * H, 12, 3, 0.4, Colour.YELLOW));
    Observation seenUp = oracle.read(up);
    assertEquals(Camera.PAN_RIGHT, seenUp.cameraMotion());
    ObjectObservation o = only(seenUp);
    assertEquals(MotionKind.MOVE, o.motion());
    assertEquals(Direction.UP, o.direction());
    assertEquals(Speed.SLOW, o.speed());
  }

  @Test
  void readsDiagonalDirections() {
    for (Direction d : Direction.values()) {
      Video v = Clips.plain(W, H, FPS, 12, (k, t, s) ->
          s.star((0.5 + 0.2 * d.unitX() * t) * W, (0.5 + 0.2 * d.unitY() * t) * H, 13, 0.3, Colour.PURPLE));
      ObjectObservation o = only(oracle.read(v));
      assertEquals(Shape.STAR, o.shape());
      assertEquals(d, o.direction(), d.name() + " " + o);
    }
  }

  @Test
  void readsGrowingAndSpinning() {
    Video grow = Clips.plain(W, H, FPS, 12, (k, t, s) -> s.disc(64, 48, 8 * (1 + 0.5 * t), Colour.CYAN));
    assertEquals(MotionKind.GROW, only(oracle.read(grow)).motion());
    Video shrink = Clips.plain(W, H, FPS, 12, (k, t, s) -> s.ring(64, 48, 22 * (1 - 0.3 * t), Colour.PINK));
    ObjectObservation ring = only(oracle.read(shrink));
    assertEquals(Shape.RING, ring.shape());
    assertEquals(MotionKind.SHRINK, ring.motion());
    Video spin = Clips.plain(W, H, FPS, 12, (k, t, s) -> s.polygon(64, 48, 16, 4, 1.5 * t, Colour.BLUE));
    ObjectObservation box = only(oracle.read(spin));
    assertEquals(MotionKind.SPIN, box.motion());
    assertEquals(1.5, box.rotation(), 0.1);
  }

  @Test
  void readsABounceAndItsGravity() {
    double[] t = new double[24];
    for (int i = 0; i < t.length; i++) t[i] = i / FPS;
    double[] y = BounceFitTest.drop(t, 0.25, 3.0, 0.6);
    Video v = Clips.plain(W, H, FPS, t.length, (k, time, s) -> s.disc(64, (y[k] - 0.02) * H, 8, Colour.ORANGE));
    ObjectObservation o = only(oracle.read(v));
    assertEquals(MotionKind.BOUNCE, o.motion());
    assertEquals(3.0, o.bounce().gravity(), 0.25, o.bounce() + " " + java.util.Arrays.toString(y));
    assertTrue(o.bounce().plausible(0.3), o.bounce().toString());
  }

  @Test
  void readsEnteringAndLeaving() {
    Video enter = Clips.plain(W, H, FPS, 16, (k, t, s) -> s.disc((-0.1 + 0.3 * t) * W, 48, 10, Colour.GREEN));
    ObjectObservation in = only(oracle.read(enter));
    assertEquals(MotionKind.ENTER, in.motion());
    assertEquals(Direction.RIGHT, in.direction());
    Video leave = Clips.plain(W, H, FPS, 16, (k, t, s) -> s.disc(64, (0.5 + 0.3 * t) * H, 10, Colour.GREEN));
    ObjectObservation out = only(oracle.read(leave));
    assertEquals(MotionKind.LEAVE, out.motion());
    assertEquals(Direction.DOWN, out.direction());
  }

  @Test
  void followsAColourChange() {
    Video v = Clips.plain(W, H, FPS, 16, (k, t, s) -> s.disc(64, 48, 14, mix(Colour.RED, Colour.BLUE, Math.min(1, t / 1.5))));
    ObjectObservation o = only(oracle.read(v));
    assertEquals(Colour.RED, o.colour());
    assertEquals(Colour.BLUE, o.changesTo());
  }

  @Test
  void keepsIdentityBehindAnOccluder() {
    // A wall (grey band) hides the ball for a few frames; it reappears on the other side.
    Video v = Clips.plain(W, H, FPS, 20, (k, t, s) -> {
      s.disc((0.15 + 0.3 * t) * W, 48, 9, Colour.YELLOW);
      s.fill((x, y) -> true, 0x6B5B4B, 54, 0, 76, H);
    });
    Observation seen = oracle.read(v);
    ObjectObservation o = only(seen);
    assertEquals(1, o.gaps().size(), "gaps " + o.gaps());
    assertEquals(MotionKind.MOVE, o.motion());
    assertEquals(Direction.RIGHT, o.direction());
  }

  @Test
  void readsACreatureAndARelation() {
    Video v = Clips.plain(W, H, FPS, 12, (k, t, s) -> {
      s.creature((0.3 - 0.12 * t) * W, 40, 17, Colour.PINK, Expression.FROWN, 0);
      s.polygon(0.75 * W, 50, 12, 3, -Math.PI / 2, Colour.BLUE);
    });
    Observation seen = oracle.read(v);
    assertEquals(2, seen.objects().size());
    ObjectObservation creature = seen.objects().get(0);
    assertEquals(Shape.CREATURE, creature.shape());
    assertEquals(Expression.FROWN, creature.expression());
    assertEquals(Direction.LEFT, creature.direction());
    assertEquals(Speed.SLOW, creature.speed());
    assertEquals(Relation.LEFT_OF, seen.relation(creature, seen.objects().get(1)));
    assertEquals(MotionKind.STILL, seen.objects().get(1).motion());
    assertEquals(Shape.TRIANGLE, seen.objects().get(1).shape());
  }

  private static int mix(Colour a, Colour b, double f) {
    int r = (int) Math.round(a.red() * (1 - f) + b.red() * f);
    int g = (int) Math.round(a.green() * (1 - f) + b.green() * f);
    int bl = (int) Math.round(a.blue() * (1 - f) + b.blue() * f);
    return (r << 16) | (g << 8) | bl;
  }

  private static ObjectObservation only(Observation seen) {
    assertEquals(1, seen.objects().size(), "objects: " + seen.objects().stream().map(o -> o.shape() + "/" + o.colour()).toList());
    return seen.objects().get(0);
  }
}
