package dev.zoetrope.world.oracle;

import dev.zoetrope.world.render.RenderedClip;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import org.junit.jupiter.api.Test;

class ScratchAgreement {
  @Test
  void run() {
    SceneSampler sampler = new SceneSampler(WorldSpec.full());
    Oracle oracle = new Oracle();
    Agreement agreement = new Agreement();
    int[][] sizes = {{128, 128}, {192, 108}, {108, 192}};
    long renderNanos = 0, readNanos = 0;
    int n = Integer.getInteger("clips", 150);
    for (int i = 0; i < n; i++) {
      Scene scene = sampler.sample(1000 + i);
      int[] size = sizes[i % 3];
      long t0 = System.nanoTime();
      RenderedClip clip = Renderer.render(scene, new RenderSpec(size[0], size[1], 6, 12));
      long t1 = System.nanoTime();
      Observation seen = oracle.read(clip.video());
      long t2 = System.nanoTime();
      renderNanos += t1 - t0;
      readNanos += t2 - t1;
      agreement.compare(clip, seen);
    }
    System.out.println(agreement.summary());
    System.out.printf("render %.1f ms/clip, read %.1f ms/clip%n", renderNanos / 1e6 / n, readNanos / 1e6 / n);
    agreement.disagreements.forEach(System.out::println);
  }
}
