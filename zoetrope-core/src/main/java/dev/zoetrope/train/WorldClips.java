package dev.zoetrope.train;

import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
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
