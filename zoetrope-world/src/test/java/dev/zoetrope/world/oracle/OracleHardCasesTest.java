package dev.zoetrope.world.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.world.render.RenderedClip;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.Motion;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.Occluder;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.SceneObject;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rendered scenes the oracle once misread, each read in full against the simulator's truth: a
 * shrinking object first seen beside an occluder, a ring or a creature partly behind a wall, a ball
 * bouncing through a star of its colour, a growing creature split by the frame edge, a tree and its
 * own mouth, a ring whose hole shows a background as grey as the wall; and in long clips, a
 * triangle shrunk to its smallest, a zoom out until the background is too fine to follow, a wall
 * narrowed to a sliver by it, a growth that stops early.
 */
class OracleHardCasesTest {
  private static final Motion SHRINK = new Motion(MotionKind.SHRINK, null, null);
  private static final Motion GROW = new Motion(MotionKind.GROW, null, null);
  private static final Motion STILL = new Motion(MotionKind.STILL, null, null);
  private static final Motion BOUNCE = new Motion(MotionKind.BOUNCE, null, null);

  private final Oracle oracle = new Oracle();

  @Test
  void aShrinkingBoxFirstSeenAgainstAWallIsSizedFromItsFirstSighting() {
    read(144, 256, scene(70014, Background.GRASS, Camera.PAN_RIGHT, wall(0.61109, 0.09106), null, 1.41297, 0.70586,
        object(Shape.BOX, Colour.YELLOW, Size.SMALL, SHRINK, 0.69311, 0.28764)));
    read(144, 256, scene(10093, Background.GRASS, Camera.PAN_UP, tree(0.56433, 0.10340), null, 1.56752, 0.66720,
        object(Shape.TRIANGLE, Colour.PINK, Size.SMALL, SHRINK, 0.46189, 0.33915)));
  }

  @Test
  void aRingCutOpenByAWallIsStillARing() {
    read(128, 128, scene(70074, Background.SAND, Camera.PAN_LEFT, wall(0.69369, 0.14343), null, 1.60232, 0.67200,
        object(Shape.RING, Colour.ORANGE, Size.MEDIUM, STILL, 0.57492, 0.34482)));
    // Tiles seen through the hole are as grey as the wall; the hole is still the ring's.
    read(144, 256, scene(30019, Background.TILES, Camera.STATIC, wall(0.45876, 0.15452), Relation.LEFT_OF, 1.44249, 0.59800,
        object(Shape.RING, Colour.PINK, Size.MEDIUM, GROW, 0.28078, 0.55312),
        object(Shape.STAR, Colour.PURPLE, Size.LARGE, BOUNCE, 0.76778, 0.55096)));
  }

  @Test
  void aCreatureBehindAWallKeepsItsFaceAndSize() {
    read(128, 128, scene(10133, Background.NIGHT, Camera.PAN_RIGHT, wall(0.51328, 0.11329), null, 1.59200, 0.58281,
        object(Shape.CREATURE, Colour.RED, Size.LARGE, SHRINK, 0.41960, 0.52097)));
  }

  @Test
  void aGrowingCreatureSplitByTheFrameEdgeATreeAndItsMouthIsOneObject() {
    read(144, 256, scene(30141, Background.WATER, Camera.ZOOM_IN, tree(0.33820, 0.14150), null, 1.47897, 0.74604,
        object(Shape.BOX, Colour.GREEN, Size.LARGE, SHRINK, 0.50819, 0.72293),
        object(Shape.CREATURE, Colour.PINK, Size.SMALL, GROW, 0.21854, 0.70699)));
  }

  @Test
  void aBallBouncingThroughAStarOfItsColourKeepsItsIdentity() {
    Observation seen = read(144, 256, scene(10132, Background.SAND, Camera.ZOOM_IN, null, null, 1.93001, 0.70365,
        object(Shape.BALL, Colour.YELLOW, Size.MEDIUM, BOUNCE, 0.58068, 0.24464),
        object(Shape.STAR, Colour.YELLOW, Size.LARGE, SHRINK, 0.44969, 0.51659)));
    assertEquals(List.of(Shape.STAR, Shape.BALL), seen.objects().stream().map(ObjectObservation::shape).toList());
  }

  @Test
  void aTriangleShrunkToItsSmallestStaysInViewForAMinute() {
    Observation seen = read(128, 128, 480, scene(20011, Background.GRASS, Camera.STATIC, null, Relation.ABOVE, 1.81733, 0.66389,
        object(Shape.TRIANGLE, Colour.BLUE, Size.SMALL, SHRINK, 0.44154, 0.26888),
        object(Shape.BOX, Colour.CYAN, Size.LARGE, SHRINK, 0.42367, 0.65172)));
    assertEquals(List.of(MotionKind.SHRINK, MotionKind.SHRINK), seen.objects().stream().map(o -> o.motion()).toList());
  }

  @Test
  void aLongZoomOutIsAZoomAfterTheBackgroundIsTooFineToFollow() {
    Observation seen = read(128, 128, 240, scene(20121, Background.TILES, Camera.ZOOM_OUT, null, null, 1.97564, 0.60369,
        object(Shape.RING, Colour.BLUE, Size.LARGE, GROW, 0.44268, 0.62256)));
    assertEquals(Camera.ZOOM_OUT, seen.cameraMotion());
  }

  @Test
  void aWallALongZoomOutNarrowsToASliverIsStillTheOccluder() {
    Observation seen = read(128, 128, 240, scene(20157, Background.NIGHT, Camera.ZOOM_OUT, wall(0.49041, 0.13382), null, 1.82868, 0.56616,
        object(Shape.CREATURE, Colour.ORANGE, Size.LARGE, STILL, 0.70293, 0.27260)));
    assertEquals(OccluderKind.WALL, seen.occluder());
  }

  @Test
  void aGrowthThatStopsInTheFirstSecondsOfALongClipIsGrowth() {
    Observation seen = read(144, 256, 240, scene(20201, Background.SAND, Camera.STATIC, null, null, 1.5, 0.6,
        object(Shape.STAR, Colour.BLUE, Size.MEDIUM, STILL, 0.68219, 0.74547),
        object(Shape.CREATURE, Colour.ORANGE, Size.LARGE, GROW, 0.68120, 0.40354),
        object(Shape.STAR, Colour.YELLOW, Size.LARGE, GROW, 0.36932, 0.38663)));
    assertEquals(List.of(MotionKind.GROW, MotionKind.GROW, MotionKind.STILL), seen.objects().stream().map(o -> o.motion()).toList());
  }

  private Observation read(int width, int height, Scene scene) {
    return read(width, height, 32, scene);
  }

  private Observation read(int width, int height, int frames, Scene scene) {
    RenderedClip clip = Renderer.render(scene, new RenderSpec(width, height, 8, frames));
    Observation seen = oracle.read(clip.video());
    Agreement agreement = new Agreement();
    agreement.compare(clip, seen);
    assertTrue(agreement.disagreements.isEmpty(), scene.seed() + ": " + agreement.disagreements);
    return seen;
  }

  private static Scene scene(long seed, Background background, Camera camera, Occluder occluder, Relation relation,
      double gravity, double restitution, SceneObject... objects) {
    return new Scene(seed, background, camera, List.of(objects), occluder, relation, gravity, restitution);
  }

  private static Occluder wall(double x, double width) {
    return new Occluder(OccluderKind.WALL, x, width);
  }

  private static Occluder tree(double x, double width) {
    return new Occluder(OccluderKind.TREE, x, width);
  }

  private static SceneObject object(Shape shape, Colour colour, Size size, Motion motion, double x, double y) {
    Expression expression = shape == Shape.CREATURE ? Expression.SMILE : Expression.NONE;
    return new SceneObject(shape, colour, size, expression, motion, null, x, y);
  }
}
