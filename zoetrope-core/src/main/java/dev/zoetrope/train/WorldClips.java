package dev.zoetrope.train;

import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.world.render.Box;
import dev.zoetrope.world.render.FrameTruth;
import dev.zoetrope.world.render.ObjectTruth;
import dev.zoetrope.world.render.RenderedClip;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.caption.Captioner;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Clips rendered on the fly from the procedural world: a scene drawn from the training spec (the
 * held-out compositions excluded), rendered at the bucket's size and length, captioned by
 * {@code captions}. Deterministic in the RNG it is handed, so resumed runs see the same clips.
 */
public final class WorldClips implements ClipSource {
  private final SceneSampler sampler;
  private final double fps;
  private final Function<Scene, String> captions;

  public WorldClips(WorldSpec spec, double fps, Function<Scene, String> captions) {
    this.sampler = new SceneSampler(spec);
    this.fps = fps;
    this.captions = captions;
  }

  /**
   * Clips captioned by the world's captioner: one of the clip's captions (short prompt, detailed
   * caption or a paraphrase), chosen by the scene's seed, so the model learns every phrasing.
   */
  public static WorldClips captioned(WorldSpec spec, double fps) {
    return new WorldClips(spec, fps, scene -> {
      List<String> all = Captioner.captions(scene).all();
      return all.get((int) Math.floorMod(scene.seed() * 0x9E3779B97F4A7C15L >>> 7, (long) all.size()));
    });
  }

  @Override
  public Clip clip(Bucket bucket, Rng rng) {
    Scene scene = sampler.sample(rng.nextLong());
    var rendered = Renderer.render(scene, new RenderSpec(bucket.width(), bucket.height(), fps, bucket.frames()));
    return new Clip(rendered.video(), captions.apply(scene), null, objectBoxes(rendered));
  }

  /** Pixels an object's visible box grows into on each side, so its outline's contrast counts too. */
  static final int BOX_MARGIN = 2;

  /**
   * 1 inside each object's visible bounding box (grown by {@link #BOX_MARGIN} and cut to the frame)
   * and 0 elsewhere, per frame: (frames, height, width), row-major. An object hidden in a frame
   * marks nothing there.
   */
  static float[] objectBoxes(RenderedClip clip) {
    int width = clip.video().width(), height = clip.video().height(), plane = width * height;
    float[] map = new float[clip.video().frameCount() * plane];
    for (FrameTruth frame : clip.truth()) {
      for (ObjectTruth object : frame.objects()) {
        Box visible = object.box();
        if (visible == null || visible.isEmpty()) continue;
        Box box = new Box(visible.x0() - BOX_MARGIN, visible.y0() - BOX_MARGIN, visible.x1() + BOX_MARGIN, visible.y1() + BOX_MARGIN)
            .clip(width, height);
        for (int y = box.y0(); y < box.y1(); y++) {
          int row = frame.index() * plane + y * width;
          Arrays.fill(map, row + box.x0(), row + box.x1(), 1f);
        }
      }
    }
    return map;
  }

  @Override
  public String describe() {
    return "procedural world rendered on the fly (WorldSpec.training(): held-out compositions excluded), " + fps + " fps";
  }
}
