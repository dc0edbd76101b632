package dev.zoetrope.world.oracle;

import dev.zoetrope.world.render.RenderedClip;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import org.junit.jupiter.api.Test;

class ScratchOne {
  @Test
  void run() throws Exception {
    long seed = Long.getLong("seed", 1001);
    int w = Integer.getInteger("w", 192), h = Integer.getInteger("h", 108);
    String entryId = System.getProperty("entry");
    Scene scene;
    RenderSpec spec;
    if (entryId != null) {
      var suite = dev.zoetrope.world.bench.Suite.load(entryId.substring(0, entryId.lastIndexOf('-')));
      var entry = suite.entries().stream().filter(e -> e.id().equals(entryId)).findFirst().orElseThrow();
      scene = new SceneSampler(WorldSpec.full()).sample(entry.seed(), entry.expected());
      spec = new RenderSpec(entry.width(), entry.height(), entry.fps(), entry.frames());
    } else {
      scene = new SceneSampler(WorldSpec.full()).sample(seed);
      spec = new RenderSpec(w, h, 6, 12);
    }
    System.out.println(scene);
    RenderedClip clip = Renderer.render(scene, spec);
    Observation seen = new Oracle().read(clip.video());
    System.out.println("bg " + seen.background() + " occ " + seen.occluder() + " cam " + seen.cameraMotion() + " pan " + seen.camera().panRate() + " zoom " + seen.camera().zoomRate());
    System.out.println("bands " + seen.bands());
    for (int k = 0; k < seen.frames(); k++) {
      StringBuilder sb = new StringBuilder("f" + k + ":");
      for (Detection d : seen.detections().get(k)) sb.append(String.format(" [%s %s %.1f,%.1f r=%.1f a=%.0f o=%.2f %s]", d.colour(), d.shape(), d.x(), d.y(), d.radius(), d.area(), d.orientation(), d.touchesBorder() ? "B" : ""));
      sb.append("  truth:");
      for (var t : clip.truth().get(k).objects()) sb.append(String.format(" (%.1f,%.1f r=%.1f vis=%.2f)", t.centroidX(), t.centroidY(), t.radius(), t.visibleFraction()));
      System.out.println(sb);
    }
    for (ObjectObservation o : seen.objects()) {
      System.out.println(o);
      StringBuilder sb = new StringBuilder("whole:");
      for (Detection d : o.track().wholeDetections()) sb.append(String.format(" f%d:%.3f", d.frame(), d.orientation()));
      System.out.println(sb);
    }
    if (Boolean.getBoolean("png")) dev.zoetrope.world.oracle.ScratchPng.write(clip.video(), "/tmp/scratch");
  }
}
