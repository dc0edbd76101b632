package dev.zoetrope.world.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameraEstimatorTest {
  private static final int WIDTH = 128;
  private static final int HEIGHT = 96;
  private static final int FRAMES = 12;

  @Test
  void staticCameraStaysPutWhileAnObjectMoves() {
    CameraPath path = estimate(0, 0, 0);
    assertEquals(Camera.STATIC, path.classify());
    assertEquals(0, path.shiftX()[FRAMES - 1], 0.3);
    assertEquals(1, path.scale()[FRAMES - 1], 0.005);
  }

  @Test
  void recoversPansWithContentMovingAgainstTheCamera() {
    CameraPath left = estimate(1.5, 0, 0);
    assertEquals(Camera.PAN_LEFT, left.classify());
    assertEquals(1.5 * (FRAMES - 1), left.shiftX()[FRAMES - 1], 0.3);
    assertEquals(0, left.shiftY()[FRAMES - 1], 0.3);
    assertEquals(Camera.PAN_RIGHT, estimate(-2.2, 0, 0).classify());
    assertEquals(Camera.PAN_UP, estimate(0, 1.2, 0).classify());
    assertEquals(Camera.PAN_DOWN, estimate(0.2, -1.6, 0).classify());
  }

  @Test
  void recoversZoomsAboutTheCentre() {
    CameraPath in = estimate(0, 0, 0.012);
    assertEquals(Camera.ZOOM_IN, in.classify());
    assertEquals(Math.pow(1.012, FRAMES - 1), in.scale()[FRAMES - 1], 0.005);
    assertEquals(Camera.ZOOM_OUT, estimate(0, 0, -0.012).classify());
  }

  @Test
  void worldCoordinatesUndoTheCamera() {
    CameraPath path = new CameraPath(100, 100, 8, new double[] {1, 2}, new double[] {0, 10}, new double[] {0, -4});
    // Frame-0 point (60, 50) appears at 50 + 2 * 10 + 10 = 80, 50 + 0 - 4 = 46 in frame 1.
    assertEquals(60, path.worldX(1, 80), 1e-12);
    assertEquals(50, path.worldY(1, 46), 1e-12);
  }

  /** Textured frames under a camera stepping (dx, dy) pixels and (1 + zoom) per frame, with a moving ball. */
  private static CameraPath estimate(double dx, double dy, double zoom) {
    List<byte[]> frames = new ArrayList<>();
    List<boolean[]> labels = new ArrayList<>();
    for (int k = 0; k < FRAMES; k++) {
      Sketch s = Sketch.textured(WIDTH, HEIGHT, dx * k, dy * k, Math.pow(1 + zoom, k));
      s.disc(20 + 5 * k, 40, 9, Colour.ORANGE);
      frames.add(s.rgb);
      byte[] frameLabels = PaletteLabeller.label(s.rgb, WIDTH, HEIGHT);
      boolean[] mask = new boolean[frameLabels.length];
      for (int p = 0; p < mask.length; p++) mask[p] = frameLabels[p] != PaletteLabeller.NONE;
      labels.add(mask);
    }
    return CameraEstimator.estimate(new Video(WIDTH, HEIGHT, 8, frames), labels);
  }
}
