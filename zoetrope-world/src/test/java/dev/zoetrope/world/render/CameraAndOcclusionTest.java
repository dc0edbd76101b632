package dev.zoetrope.world.render;

import static dev.zoetrope.world.render.Scenes.object;
import static dev.zoetrope.world.render.Scenes.with;
import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Motion;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.Occluder;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Speed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class CameraAndOcclusionTest {
  /** At 4 fps, frame 5 is t = 1.25 s, when a pan has moved 0.1 · 128 · 1.25 = 16 pixels. */
  private static final RenderSpec FOUR_FPS = new RenderSpec(128, 128, 4, 6);

  @ParameterizedTest
  @EnumSource(value = Camera.class, names = {"PAN_LEFT", "PAN_RIGHT", "PAN_UP", "PAN_DOWN"})
  void panSlidesTheBackgroundByTheCameraShift(Camera camera) {
    var offscreen = object(Shape.BALL, Colour.RED, Motion.still(), -2, -2);
    RenderedClip clip = Renderer.render(with(camera, null, offscreen), FOUR_FPS);
    CameraTransform moved = clip.truth().get(5).camera();
    int shiftX = (int) Math.round(-moved.panX()), shiftY = (int) Math.round(-moved.panY());
    assertEquals(16, Math.abs(shiftX) + Math.abs(shiftY), "pan of 16 pixels");
    byte[] first = clip.video().frame(0), later = clip.video().frame(5);
    int same = 0, compared = 0;
    for (int y = Math.max(0, shiftY); y < 128 + Math.min(0, shiftY); y++) {
      for (int x = Math.max(0, shiftX); x < 128 + Math.min(0, shiftX); x++) {
        compared++;
        if (Scenes.distance(later, (y * 128 + x) * 3, rgbAt(first, x - shiftX, y - shiftY)) <= 3) same++;
      }
    }
    assertTrue(same > 0.99 * compared, camera + ": " + same + " of " + compared + " pixels moved as the camera says");
    assertNotEquals(0, Scenes.distance(later, 0, rgbAt(first, 0, 0)) + Scenes.distance(later, 300, rgbAt(first, 100, 0)),
        "and the frame did change");
  }

  @Test
  void zoomScalesObjectsAboutTheCentre() {
    var centred = object(Shape.BOX, Colour.BLUE, Motion.still(), 0.5, 0.5);
    var aside = object(Shape.BALL, Colour.PINK, Motion.still(), 0.8, 0.5);
    RenderedClip clip = Renderer.render(with(Camera.ZOOM_IN, null, centred, aside), new RenderSpec(128, 128, 8, 17));
    FrameTruth first = clip.truth().get(0), last = clip.truth().get(16);
    assertEquals(CameraTransform.identity(128, 128), first.camera());
    double zoom = Math.exp(WorldConstants.ZOOM_RATE * 2);
    assertEquals(zoom, last.camera().zoom(), 1e-12);
    assertEquals(64, last.object(0).centroidX(), 0.5, "the centre stays put");
    assertEquals(zoom * zoom, last.object(0).mask().area() / first.object(0).mask().area(), 0.05);
    assertEquals(64 + 0.3 * 128 * zoom, last.object(1).centreX(), 1e-9, "off-centre objects move outwards");
  }

  @ParameterizedTest
  @EnumSource(OccluderKind.class)
  void objectsPassBehindTheOccluderAndReappear(OccluderKind kind) {
    var walker = object(Shape.CREATURE, Colour.ORANGE, Motion.of(MotionKind.MOVE, Direction.RIGHT, Speed.FAST), 0.15, 0.6);
    RenderedClip clip = Renderer.render(with(Camera.STATIC, new Occluder(kind, 0.5, 0.3), walker), new RenderSpec(128, 128, 8, 25));
    double[] visible = clip.truth().stream().mapToDouble(t -> t.object(0).visibleFraction()).toArray();
    assertEquals(1.0, visible[0], 0.02, "starts in view");
    int hidden = 0;
    for (int i = 0; i < visible.length; i++) if (visible[i] < 0.01) hidden = i;
    assertTrue(hidden > 0, "fully hidden at some frame");
    double after = 0;
    for (int i = hidden; i < visible.length; i++) after = Math.max(after, visible[i]);
    assertEquals(1.0, after, 0.02, "reappears whole on the other side");
    FrameTruth partly = clip.truth().stream().filter(t -> t.object(0).visibleFraction() > 0.2 && t.object(0).visibleFraction() < 0.8)
        .findFirst().orElseThrow();
    Mask occluder = partly.occluder().mask(), mask = partly.object(0).mask();
    for (int y = 0; y < 128; y++) {
      for (int x = 0; x < 128; x++) {
        if (occluder.coverage(x, y) == 255) assertEquals(0, mask.coverage(x, y), "hidden where the occluder is");
      }
    }
  }

  @Test
  void laterObjectsCoverEarlierOnes() {
    var back = object(Shape.BOX, Colour.RED, Motion.still(), 0.45, 0.5);
    var front = object(Shape.BALL, Colour.BLUE, Motion.still(), 0.55, 0.5);
    RenderedClip clip = Renderer.render(with(Camera.STATIC, null, back, front), new RenderSpec(128, 128, 8, 1));
    FrameTruth truth = clip.truth().get(0);
    assertTrue(truth.object(1).z() > truth.object(0).z());
    assertEquals(1.0, truth.object(1).visibleFraction(), 0.02);
    assertTrue(truth.object(0).visibleFraction() < 0.8, "the box is partly behind the ball");
    byte[] rgb = clip.video().frame(0);
    for (int y = 0; y < 128; y++) {
      for (int x = 0; x < 128; x++) {
        if (truth.object(0).mask().coverage(x, y) == 255) {
          assertTrue(Scenes.distance(rgb, (y * 128 + x) * 3, Colour.RED.rgb()) < 12, "visible box pixels are red");
        }
      }
    }
  }

  private static int rgbAt(byte[] rgb, int x, int y) {
    int i = (y * 128 + x) * 3;
    return ((rgb[i] & 255) << 16) | ((rgb[i + 1] & 255) << 8) | (rgb[i + 2] & 255);
  }
}
