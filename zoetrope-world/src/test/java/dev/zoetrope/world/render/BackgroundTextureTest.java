package dev.zoetrope.world.render;

import static dev.zoetrope.world.render.Scenes.object;
import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Motion;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.Shape;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackgroundTextureTest {
  /** At 128x128 one pixel is one texel, so the first frame is the texture read from the phase on. */
  @Test
  void theFirstFrameShowsTheTextureFromTheScenesPhase() {
    RenderSpec spec = new RenderSpec(128, 128, 8, 1);
    byte[][] frames = new byte[2][];
    long[] seeds = {3, 11}; // the same variant (seed mod 8), different phases
    for (int s = 0; s < 2; s++) {
      Scene scene = new Scene(seeds[s], Background.TILES, Camera.STATIC,
          List.of(object(Shape.BALL, Colour.RED, Motion.still(), -1, -1)), null, null, 1, 0.5);
      frames[s] = Renderer.render(scene, spec).video().frame(0);
      BackgroundTexture texture = BackgroundTexture.of(Background.TILES, seeds[s]);
      int[] phase = BackgroundTexture.phase(seeds[s]);
      for (int y = 0; y < 128; y++) {
        for (int x = 0; x < 128; x++) {
          int texel = texture.texels[((y + phase[1]) & 255) * 256 + ((x + phase[0]) & 255)];
          assertEquals(0, Scenes.distance(frames[s], (y * 128 + x) * 3, texel), "seed " + seeds[s] + " at " + x + "," + y);
        }
      }
    }
    assertFalse(Arrays.equals(BackgroundTexture.phase(3), BackgroundTexture.phase(11)), "different phases");
    assertFalse(Arrays.equals(frames[0], frames[1]), "same variant, different pixels");
  }

  @Test
  void phasesSpreadOverTheTexture() {
    Set<Integer> columns = new HashSet<>(), rows = new HashSet<>();
    for (long seed = 0; seed < 200; seed++) {
      int[] phase = BackgroundTexture.phase(seed);
      assertTrue(phase[0] >= 0 && phase[0] < BackgroundTexture.SIZE && phase[1] >= 0 && phase[1] < BackgroundTexture.SIZE);
      columns.add(phase[0]);
      rows.add(phase[1]);
    }
    assertTrue(columns.size() > 100 && rows.size() > 100, columns.size() + " columns, " + rows.size() + " rows");
    assertArrayEquals(BackgroundTexture.phase(42), BackgroundTexture.phase(42), "a seed's phase is fixed");
  }
}
