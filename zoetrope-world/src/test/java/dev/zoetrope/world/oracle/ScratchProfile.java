package dev.zoetrope.world.oracle;

import dev.zoetrope.world.render.RenderedClip;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchProfile {
  @Test
  void run() {
    SceneSampler sampler = new SceneSampler(WorldSpec.full());
    List<Video> videos = new ArrayList<>();
    for (int i = 0; i < 40; i++) videos.add(Renderer.render(sampler.sample(1000 + i), new RenderSpec(192, 108, 6, 12)).video());
    new Oracle().read(videos.get(0));
    long[] t = new long[6];
    SurfaceReader surfaces = new SurfaceReader(SurfaceModel.standard());
    for (Video v : videos) {
      int w = v.width(), h = v.height();
      long a = System.nanoTime();
      List<byte[]> labels = new ArrayList<>();
      for (int k = 0; k < v.frameCount(); k++) labels.add(PaletteLabeller.label(v.frame(k), w, h));
      long b = System.nanoTime();
      var bg = surfaces.background(v.frame(0), labels.get(0), 3);
      List<SurfaceReader.Band> bands = new ArrayList<>();
      for (int k = 0; k < v.frameCount(); k++) bands.add(surfaces.band(v.frame(k), labels.get(k), w, h, bg));
      long c = System.nanoTime();
      FrameDetector det = new FrameDetector(w, h);
      List<List<Detection>> ds = new ArrayList<>();
      for (int k = 0; k < v.frameCount(); k++) ds.add(det.detect(k, labels.get(k), bands.get(k)));
      long d = System.nanoTime();
      List<boolean[]> masks = new ArrayList<>();
      for (int k = 0; k < v.frameCount(); k++) masks.add(FrameDetector.objectMask(labels.get(k), ds.get(k), w));
      CameraPath cam = CameraEstimator.estimate(v, masks);
      long e = System.nanoTime();
      List<Track> tracks = Tracker.track(ds);
      TrackReader r = new TrackReader(cam, v.fps());
      for (Track tr : tracks) r.read(tr);
      long f = System.nanoTime();
      t[0] += b - a; t[1] += c - b; t[2] += d - c; t[3] += e - d; t[4] += f - e;
    }
    System.out.printf("label %.1f surfaces %.1f detect %.1f camera %.1f tracks %.1f ms/clip%n", t[0]/4e7, t[1]/4e7, t[2]/4e7, t[3]/4e7, t[4]/4e7);
  }
}
