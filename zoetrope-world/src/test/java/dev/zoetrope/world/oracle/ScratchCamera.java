package dev.zoetrope.world.oracle;

import dev.zoetrope.world.render.RenderedClip;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchCamera {
  @Test
  void run() {
    long seed = Long.getLong("seed", 1099);
    int w = Integer.getInteger("w", 128), h = Integer.getInteger("h", 128);
    Scene scene = new SceneSampler(WorldSpec.full()).sample(seed);
    RenderedClip clip = Renderer.render(scene, new RenderSpec(w, h, 6, 12));
    var v = clip.video();
    List<boolean[]> labels = new ArrayList<>();
    FrameDetector det = new FrameDetector(w, h);
    for (int k = 0; k < v.frameCount(); k++) { byte[] l = PaletteLabeller.label(v.frame(k), w, h); labels.add(FrameDetector.objectMask(l, det.detect(k, l), w)); }
    CameraEstimator.Step last = new CameraEstimator.Step(1, 0, 0);
    for (int k = 1; k < v.frameCount(); k++) {
      double[] a = CameraEstimator.grey(v.frame(k - 1)), b = CameraEstimator.grey(v.frame(k));
      CameraEstimator.Step coarse = CameraEstimator.step(a, b, labels.get(k - 1), labels.get(k), w, h);
      CameraEstimator.Step fine = CameraEstimator.align(a, b, labels.get(k - 1), labels.get(k), w, h, last);
      var t0 = clip.truth().get(k - 1).camera(); var t1 = clip.truth().get(k).camera();
      System.out.printf("k=%d coarse %s fine %s truth dy=%.3f%n", k, coarse, fine, -(t1.centreY() - t0.centreY()));
      last = fine;
    }
  }
}
