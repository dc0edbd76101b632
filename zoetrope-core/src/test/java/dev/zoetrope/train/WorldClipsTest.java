package dev.zoetrope.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.world.render.FrameTruth;
import dev.zoetrope.world.render.ObjectTruth;
import dev.zoetrope.world.render.RenderedClip;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import org.junit.jupiter.api.Test;

/** World clips carry a map of their objects' boxes. */
class WorldClipsTest {
  @Test
  void theObjectMapIsEachVisibleBoxGrownByTheMarginAndNothingElse() {
    int width = 64, height = 48, frames = 9, plane = width * height;
    SceneSampler sampler = new SceneSampler(WorldSpec.training());
    for (long seed = 1; seed <= 6; seed++) {
      RenderedClip clip = Renderer.render(sampler.sample(seed), new RenderSpec(width, height, 8, frames));
      float[] map = WorldClips.objectBoxes(clip);
      assertEquals(frames * plane, map.length);
      for (FrameTruth frame : clip.truth()) {
        for (int y = 0; y < height; y++) {
          for (int x = 0; x < width; x++) {
            assertEquals(insideAGrownBox(frame, x, y) ? 1f : 0f, map[frame.index() * plane + y * width + x], "seed " + seed + " at " + x + "," + y);
          }
        }
        for (ObjectTruth object : frame.objects()) {
          for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
              if (object.mask().contains(x, y)) assertEquals(1f, map[frame.index() * plane + y * width + x], "an object pixel is unmarked");
            }
          }
        }
      }
    }
  }

  @Test
  void aBatchOfWorldClipsCarriesTheMapsAndItsFirstFramesCutThem() {
    Batch batch = Batch.draw(WorldClips.captioned(WorldSpec.training(), 8), new Bucket(5, 32, 32), 2, new Rng(3));
    assertEquals(2 * 5 * 32 * 32, batch.objects().length);
    float marked = 0;
    for (float v : batch.objects()) marked += v;
    assertTrue(marked > 0 && marked < batch.objects().length, "the map marks some pixels, not all: " + marked);
    Batch first = batch.firstFrames();
    assertEquals(2 * 32 * 32, first.objects().length);
    for (int i = 0; i < 2; i++) {
      for (int p = 0; p < 32 * 32; p++) assertEquals(batch.objects()[i * 5 * 1024 + p], first.objects()[i * 1024 + p]);
    }
    assertEquals(null, Batch.draw(new SyntheticClips(), new Bucket(5, 32, 32), 2, new Rng(3)).objects());
  }

  private static boolean insideAGrownBox(FrameTruth frame, int x, int y) {
    int m = WorldClips.BOX_MARGIN;
    for (ObjectTruth object : frame.objects()) {
      var box = object.box();
      if (box != null && !box.isEmpty() && x >= box.x0() - m && x < box.x1() + m && y >= box.y0() - m && y < box.y1() + m) return true;
    }
    return false;
  }
}
