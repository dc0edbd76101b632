package dev.zoetrope.world.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.world.oracle.Observation;
import dev.zoetrope.world.oracle.Oracle;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.Motion;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.SceneObject;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Object permanence on rendered clips: what may explain a pause in a track, and what may not. */
class MotionScoresTest {
  private final Oracle oracle = new Oracle();

  @Test
  void anObjectLostWhileMergedWithAnotherOfItsColourIsPermanent() {
    // A small triangle bounces down past a shrinking ball of its colour: for a few frames the two
    // are one blob, and the triangle's track pauses there.
    Scene scene = new Scene(20191, Background.GRASS, Camera.STATIC, List.of(
        object(Shape.BALL, Colour.GREEN, Size.LARGE, MotionKind.SHRINK, 0.45090, 0.75773),
        object(Shape.TRIANGLE, Colour.GREEN, Size.SMALL, MotionKind.BOUNCE, 0.37131, 0.23566)),
        null, Relation.BELOW, 1.26045, 0.75091);
    Observation seen = oracle.read(Renderer.render(scene, new RenderSpec(144, 256, 8, 48)).video());
    assertTrue(seen.objects().stream().anyMatch(o -> !o.gaps().isEmpty()), "the case needs a paused track");
    assertTrue(MotionScores.permanent(seen, seen.objects()));
  }

  @Test
  void anObjectThatVanishesInTheOpenIsNotPermanent() {
    Scene here = new Scene(7, Background.GRASS, Camera.STATIC, List.of(
        object(Shape.BALL, Colour.RED, Size.MEDIUM, MotionKind.STILL, 0.3, 0.5)), null, null, 1.5, 0.6);
    Scene elsewhere = new Scene(7, Background.GRASS, Camera.STATIC, List.of(
        object(Shape.BALL, Colour.RED, Size.MEDIUM, MotionKind.STILL, 0.75, 0.5)), null, null, 1.5, 0.6);
    RenderSpec spec = new RenderSpec(128, 128, 8, 24);
    Video a = Renderer.render(here, spec).video();
    Video b = Renderer.render(elsewhere, spec).video();
    List<byte[]> frames = new ArrayList<>(a.frames());
    for (int k = 10; k < 14; k++) frames.set(k, b.frame(k)); // gone for half a second, nothing in front
    Observation seen = oracle.read(new Video(128, 128, 8, frames));
    assertTrue(seen.objects().get(0).gaps().size() == 1, "one pause: " + seen.objects().get(0).gaps());
    assertFalse(MotionScores.permanent(seen, List.of(seen.objects().get(0))));
  }

  private static SceneObject object(Shape shape, Colour colour, Size size, MotionKind motion, double x, double y) {
    return new SceneObject(shape, colour, size, Expression.NONE, new Motion(motion, null, null), null, x, y);
  }
}
