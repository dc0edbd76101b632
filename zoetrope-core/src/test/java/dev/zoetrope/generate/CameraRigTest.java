package dev.zoetrope.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.world.oracle.CameraEstimator;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CameraRigTest {
  private static final double FPS = 8;

  @Test
  void aPromptWithoutAMoveGetsNoRig() {
    assertTrue(CameraRig.plan("a red ball bounces on green grass", 128, 128, 32, FPS, 16).isEmpty());
    assertTrue(CameraRig.plan("a red ball on grass, still camera", 128, 128, 32, FPS, 16).isEmpty());
    assertTrue(CameraRig.plan("a red ball on grass, camera panning left", 128, 128, 1, FPS, 16).isEmpty(), "an image has no camera move");
  }

  @Test
  void theCanvasHoldsTheWholeMoveOnTheModelsGrid() {
    // 31 frame steps at 8 fps: a pan travels 0.10 x 128 x 3.875 = 49.6 px; zooms film inside the frame.
    CameraRig left = CameraRig.plan("a red ball on grass, camera panning left", 128, 128, 32, FPS, 16).orElseThrow();
    assertEquals(Camera.PAN_LEFT, left.camera());
    assertEquals(192, left.canvasWidth());
    assertEquals(128, left.canvasHeight());
    CameraRig up = CameraRig.plan("a red ball on grass, the camera pans up", 224, 128, 32, FPS, 16).orElseThrow();
    assertEquals(224, up.canvasWidth());
    assertEquals(192, up.canvasHeight());
    CameraRig out = CameraRig.plan("a red ball on grass, camera zooming out", 128, 128, 32, FPS, 16).orElseThrow();
    assertEquals(128, out.canvasWidth());
    assertEquals(128, out.canvasHeight());
    CameraRig in = CameraRig.plan("a red ball on grass, camera zooming in", 128, 128, 32, FPS, 16).orElseThrow();
    assertEquals(128, in.canvasWidth());
  }

  @Test
  void aMoveWithinTheLimitsRunsAtTheWorldsRate() {
    // 20 s: 256 px of travel fits 3x the frame (384 wide) at the world's 0.10 short sides a second.
    CameraRig pan = CameraRig.plan("a red ball on grass, camera panning left", 128, 128, 161, FPS, 16).orElseThrow();
    assertEquals(384, pan.canvasWidth());
    assertEquals(0.10, pan.rate(), 1e-9);
    assertFalse(pan.slowed());
    // exp(0.12 x 5.75) = 1.99: within 2x.
    CameraRig zoom = CameraRig.plan("a red ball on grass, camera zooming out", 128, 128, 47, FPS, 16).orElseThrow();
    assertEquals(0.12, zoom.rate(), 1e-9);
    assertFalse(zoom.slowed());
  }

  @Test
  void aMoveBeyondTheLimitsIsFilmedSlowerWithinThem() {
    // 60 s at 128x128: the world's pan would travel 768 px; the canvas stays 384 wide, so 256 px in 59.875 s.
    CameraRig pan = CameraRig.plan("a red ball on grass, camera panning left", 128, 128, 480, FPS, 16).orElseThrow();
    assertEquals(384, pan.canvasWidth());
    assertEquals(128, pan.canvasHeight());
    assertEquals(256.0 / 128 / (479 / FPS), pan.rate(), 1e-9);
    assertTrue(pan.slowed());
    // 224x128 panning up for 30 s: at most 3 x 128 = 384 high, 256 px of travel.
    CameraRig up = CameraRig.plan("a red ball on grass, the camera pans up", 224, 128, 240, FPS, 16).orElseThrow();
    assertEquals(384, up.canvasHeight());
    assertEquals(256.0 / 128 / (239 / FPS), up.rate(), 1e-9);
    // A 12 s zoom magnifies 2x in all, at ln 2 / 11.875 s.
    CameraRig zoom = CameraRig.plan("a red ball on grass, camera zooming in", 128, 128, 96, FPS, 16).orElseThrow();
    assertEquals(Math.log(2) / (95 / FPS), zoom.rate(), 1e-9);
    assertTrue(zoom.slowed());
    byte[] canvas = texture(128, 128, 5);
    List<byte[]> filmed = zoom.film(Collections.nCopies(96, canvas));
    assertArrayEquals(canvas, filmed.get(0), "a zoom in starts on the whole frame");
    // The oracle still reads the slower moves as the moves asked for (the 12 s zoom's rate 0.058 is above its 0.05 floor).
    assertEquals(Camera.ZOOM_IN, seen(filmed));
    CameraRig slowPan = CameraRig.plan("a red ball on grass, camera panning right", 128, 128, 240, FPS, 16).orElseThrow();
    assertTrue(slowPan.slowed());
    assertEquals(Camera.PAN_RIGHT, seen(slowPan.film(Collections.nCopies(240, texture(slowPan.canvasWidth(), 128, 9)))));
  }

  private static Camera seen(List<byte[]> frames) {
    List<boolean[]> noObjects = new ArrayList<>(Collections.nCopies(frames.size(), new boolean[128 * 128]));
    return CameraEstimator.estimate(new Video(128, 128, FPS, frames), noObjects).classify();
  }

  @Test
  void aZoomOutEndsOnTheWholeFrame() {
    CameraRig rig = CameraRig.plan("a red ball on grass, camera zooming out", 128, 128, 32, FPS, 16).orElseThrow();
    byte[] canvas = texture(128, 128, 5);
    List<byte[]> filmed = rig.film(Collections.nCopies(32, canvas));
    assertArrayEquals(canvas, filmed.get(31), "the last frame is the canvas, 1:1");
    assertFalse(Arrays.equals(canvas, filmed.get(0)), "the first is magnified");
  }

  /** The oracle's own camera estimator reads each filmed move as the move the prompt asked for. */
  @Test
  void theOracleSeesTheMoveThePromptStates() {
    String[] phrases = {"camera panning left", "camera panning right", "the camera pans up", "the camera pans down",
        "camera zooming in", "camera zooming out"};
    Camera[] expected = {Camera.PAN_LEFT, Camera.PAN_RIGHT, Camera.PAN_UP, Camera.PAN_DOWN, Camera.ZOOM_IN, Camera.ZOOM_OUT};
    for (int i = 0; i < phrases.length; i++) {
      CameraRig rig = CameraRig.plan("a red ball on a tile floor, " + phrases[i], 128, 128, 32, FPS, 16).orElseThrow();
      assertEquals(expected[i], rig.camera(), phrases[i]);
      byte[] still = texture(rig.canvasWidth(), rig.canvasHeight(), 7);
      List<byte[]> filmed = rig.film(Collections.nCopies(32, still));
      assertEquals(32, filmed.size());
      assertEquals(128 * 128 * 3, filmed.get(0).length);
      List<boolean[]> noObjects = new ArrayList<>(Collections.nCopies(32, new boolean[128 * 128]));
      Camera seen = CameraEstimator.estimate(new Video(128, 128, FPS, filmed), noObjects).classify();
      assertEquals(expected[i], seen, phrases[i]);
    }
  }

  @Test
  void aStillCanvasFilmedStillIsUnchangedAtTheFirstFrameOfAPan() {
    CameraRig rig = CameraRig.plan("a red ball on grass, camera panning right", 128, 128, 32, FPS, 16).orElseThrow();
    byte[] canvas = texture(rig.canvasWidth(), rig.canvasHeight(), 3);
    byte[] first = rig.film(Collections.nCopies(32, canvas)).get(0);
    // The path is centred: it starts (192 - 128 - 49.6) / 2 = 7.2 px from the left edge, so output x samples canvas x + 7.2.
    int x = 40, y = 50;
    double at = 40 + 7.2;
    int a = canvas[(y * rig.canvasWidth() + (int) at) * 3] & 0xFF, b = canvas[(y * rig.canvasWidth() + (int) at + 1) * 3] & 0xFF;
    double want = a + (b - a) * (at - (int) at);
    assertEquals(want, first[(y * 128 + x) * 3] & 0xFF, 1.0);
  }

  @Test
  void filmRefusesACanvasOfTheWrongSizeOrLength() {
    CameraRig rig = CameraRig.plan("a red ball on grass, camera panning right", 128, 128, 32, FPS, 16).orElseThrow();
    assertThrows(IllegalArgumentException.class, () -> rig.film(Collections.nCopies(32, new byte[128 * 128 * 3])));
    assertThrows(IllegalArgumentException.class, () -> rig.film(Collections.nCopies(31, new byte[rig.canvasWidth() * rig.canvasHeight() * 3])));
  }

  /** Smooth random grey texture: blurred noise, so bilinear sampling and phase correlation have structure to follow. */
  private static byte[] texture(int width, int height, long seed) {
    Random random = new Random(seed);
    double[] noise = new double[width * height];
    for (int i = 0; i < noise.length; i++) noise[i] = random.nextDouble();
    byte[] out = new byte[width * height * 3];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double sum = 0;
        int n = 0;
        for (int dy = -2; dy <= 2; dy++) {
          for (int dx = -2; dx <= 2; dx++) {
            int xx = Math.floorMod(x + dx, width), yy = Math.floorMod(y + dy, height);
            sum += noise[yy * width + xx];
            n++;
          }
        }
        byte v = (byte) Math.round(40 + 180 * sum / n);
        for (int c = 0; c < 3; c++) out[(y * width + x) * 3 + c] = v;
      }
    }
    return out;
  }
}
