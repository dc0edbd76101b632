package dev.zoetrope.world.render;

import static dev.zoetrope.world.render.Scenes.object;
import static dev.zoetrope.world.render.Scenes.single;
import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Motion;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.Occluder;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Speed;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RendererTest {
  private static final RenderSpec SQUARE = new RenderSpec(128, 128, 8, 9);

  private static Scene busy(long seed) {
    return new Scene(
        seed, Background.NIGHT, Camera.ZOOM_OUT,
        List.of(
            object(Shape.STAR, Colour.YELLOW, Motion.of(MotionKind.SPIN), 0.3, 0.3),
            object(Shape.CREATURE, Colour.PINK, Motion.of(MotionKind.MOVE, Direction.DOWN_RIGHT, Speed.FAST), 0.4, 0.5),
            object(Shape.BALL, Colour.RED, Motion.of(MotionKind.BOUNCE), 0.7, 0.2)),
        new Occluder(OccluderKind.TREE, 0.6, 0.1), null, 1.5, 0.7);
  }

  @Test
  void sameSceneGivesIdenticalFrames() {
    RenderedClip a = Renderer.render(busy(5), SQUARE);
    RenderedClip b = Renderer.render(busy(5), SQUARE);
    for (int i = 0; i < SQUARE.frames(); i++) {
      assertArrayEquals(a.video().frame(i), b.video().frame(i), "frame " + i);
      assertEquals(a.truth().get(i).objects().get(1).box(), b.truth().get(i).objects().get(1).box());
    }
    byte[] single = new byte[128 * 128 * 3];
    Renderer.renderFrame(busy(5), SQUARE, 6, single);
    assertArrayEquals(a.video().frame(6), single, "a frame alone equals the same frame of the clip");
  }

  @ParameterizedTest
  @CsvSource({"128,128", "224,128", "128,224", "97,61"})
  void rendersAnyAspectWithRoundShapes(int width, int height) {
    RenderSpec spec = new RenderSpec(width, height, 8, 5);
    RenderedClip clip = Renderer.render(single(object(Shape.BALL, Colour.BLUE, Motion.still(), 0.5, 0.5)), spec);
    assertEquals(5, clip.video().frameCount());
    assertEquals(width * height * 3, clip.video().frame(0).length);
    ObjectTruth ball = clip.truth().get(0).object(0);
    double expected = 2 * 0.12 * Math.min(width, height);
    assertEquals(expected, ball.box().width(), 1.5, "diameter in pixels");
    assertEquals(ball.box().width(), ball.box().height(), 1, "a ball stays round at every aspect ratio");
    assertEquals(width / 2.0, ball.centroidX(), 0.8);
    assertEquals(height / 2.0, ball.centroidY(), 0.8);
    assertEquals(1.0, ball.visibleFraction(), 0.02);
  }

  @Test
  void everyShapeAndColourShowsItsColourWhereTheMaskSays() {
    RenderSpec spec = new RenderSpec(96, 96, 8, 1);
    for (Shape shape : Shape.values()) {
      for (Colour colour : Colour.values()) {
        RenderedClip clip = Renderer.render(single(object(shape, colour, Motion.still(), 0.5, 0.5)), spec);
        byte[] rgb = clip.video().frame(0);
        Mask mask = clip.truth().get(0).object(0).mask();
        int inside = 0, exact = 0, nearOutside = 0;
        for (int y = 0; y < 96; y++) {
          for (int x = 0; x < 96; x++) {
            boolean isColour = Scenes.distance(rgb, (y * 96 + x) * 3, colour.rgb()) < 12;
            if (mask.coverage(x, y) == 255) {
              inside++;
              if (isColour) exact++;
            } else if (mask.coverage(x, y) == 0 && isColour) {
              nearOutside++;
            }
          }
        }
        String what = colour + " " + shape;
        assertTrue(inside > 100, what + " has a body of " + inside + " pixels");
        double minimum = shape == Shape.CREATURE ? 0.6 : 0.85; // a face covers part of a creature
        assertTrue(exact > minimum * inside, what + ": " + exact + " of " + inside + " mask pixels show the colour");
        assertEquals(0, nearOutside, what + ": object colour outside the mask");
        assertEquals(mask.area(), ShapeField.unitArea(shape) * Math.pow(0.12 * 96, 2), 0.03 * mask.area(), what + " area");
      }
    }
  }

  @Test
  void backgroundsAndOccludersAreLowChromaAndObjectColoursAreNot() {
    double lowestObject = Arrays.stream(Colour.values()).mapToDouble(c -> Scenes.chroma(c.rgb())).min().orElseThrow();
    assertTrue(lowestObject > 38, "object colours are saturated: " + lowestObject);
    RenderSpec spec = new RenderSpec(64, 64, 8, 1);
    for (Background background : Background.values()) {
      for (OccluderKind kind : OccluderKind.values()) {
        Scene scene = new Scene(3, background, Camera.STATIC,
            List.of(object(Shape.BALL, Colour.RED, Motion.still(), -1, -1)), new Occluder(kind, 0.5, 0.3), null, 1, 0.5);
        byte[] rgb = Renderer.render(scene, spec).video().frame(0);
        double worst = 0;
        for (int i = 0; i < rgb.length; i += 3) {
          worst = Math.max(worst, Scenes.chroma(((rgb[i] & 255) << 16) | ((rgb[i + 1] & 255) << 8) | (rgb[i + 2] & 255)));
        }
        assertTrue(worst < 25, background + " with a " + kind + " reaches chroma " + worst);
      }
    }
  }

  @Test
  void backgroundsAreTextured() {
    RenderSpec spec = new RenderSpec(64, 64, 8, 1);
    for (Background background : Background.values()) {
      Scene scene = new Scene(3, background, Camera.STATIC,
          List.of(object(Shape.BALL, Colour.RED, Motion.still(), -1, -1)), null, null, 1, 0.5);
      byte[] rgb = Renderer.render(scene, spec).video().frame(0);
      double sum = 0, sumSquares = 0;
      for (int i = 0; i < rgb.length; i += 3) {
        int green = rgb[i + 1] & 255;
        sum += green;
        sumSquares += green * green;
      }
      double n = rgb.length / 3.0;
      double deviation = Math.sqrt(sumSquares / n - (sum / n) * (sum / n));
      assertTrue(deviation > 3, background + " is too flat: " + deviation);
    }
  }
}
