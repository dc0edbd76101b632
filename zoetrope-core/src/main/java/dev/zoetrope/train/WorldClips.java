package dev.zoetrope.train;

import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.caption.Captioner;
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
    return new Clip(rendered.video(), captions.apply(scene));
  }

  @Override
  public String describe() {
    return "procedural world rendered on the fly (WorldSpec.training(): held-out compositions excluded), " + fps + " fps";
  }
}
