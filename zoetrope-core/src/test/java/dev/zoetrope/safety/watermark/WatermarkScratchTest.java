package dev.zoetrope.safety.watermark;

import dev.zoetrope.safety.TestVideos;
import dev.zoetrope.world.video.Video;
import org.junit.jupiter.api.Test;

class WatermarkScratchTest {
  @Test
  void explore() throws Exception {
    WatermarkConfig d = WatermarkConfig.defaults();
    WatermarkConfig config = new WatermarkConfig(d.key(), Integer.getInteger("tile", 64), Double.parseDouble(System.getProperty("min", "3")), Double.parseDouble(System.getProperty("max", "9.5")), Double.parseDouble(System.getProperty("strength", "2.3")), d.detectionPValue());
    WatermarkEmbedder embedder = new WatermarkEmbedder(config);
    WatermarkDetector detector = new WatermarkDetector(config);
    TileLayout layout = new TileLayout(config);
    System.out.println("pilots " + layout.pilotU.length + " data " + layout.dataU.length);
    int n = Integer.getInteger("n", 6);
    for (String seedText : System.getProperty("seeds", "9,14,15,25,27,28,0,3,5,6,12").split(",")) {
      int seed = Integer.parseInt(seedText);
      int w = Integer.getInteger("w", 128), h = Integer.getInteger("h", 128);
      Video plain = dev.zoetrope.world.render.Renderer.render(new dev.zoetrope.world.sample.SceneSampler(dev.zoetrope.world.sample.WorldSpec.full()).sample(seed), new dev.zoetrope.world.scene.RenderSpec(w, h, 8, 33)).video();
      Payload payload = Payload.of("model", "job" + seed);
      Video marked = embedder.embed(plain, payload);
      long t = System.nanoTime();
      boolean[] coded = TileLayout.codedBits(payload);
      Video encoded = VideoTransforms.roundTrip(marked, 400_000);
      StringBuilder b = new StringBuilder("seed " + seed);
      for (Video v : new Video[] {marked, encoded}) {
        for (boolean weighted : new boolean[] {false, true}) {
          double[] soft = detector.softBits(v, weighted);
          int errors = 0; for (int i = 0; i < coded.length; i++) if ((soft[i] > 0) != coded[i]) errors++;
          Payload p = TileLayout.decode(soft);
          b.append(" | ber ").append(errors).append(weighted ? " W " : " P ").append(payload.equals(p) ? "ok" : "fail");
        }
      }
      System.out.println(b);
      if (Boolean.getBoolean("berOnly")) continue;
      Video written = encoded;
      Video plainWritten = VideoTransforms.roundTrip(plain, 400_000);
      StringBuilder line = new StringBuilder(String.format("seed %d psnr %.2f ", seed, VideoTransforms.psnr(plain, marked)));
      line.append(report("plain", detector.detect(plainWritten), payload));
      line.append(report("raw", detector.detect(marked), payload));
      line.append(report("mp4", detector.detect(written), payload));
      line.append(report("lowbr", detector.detect(VideoTransforms.roundTrip(written, 100_000)), payload));
      line.append(report("half", detector.detect(VideoTransforms.roundTrip(VideoTransforms.halfSize(written), 100_000)), payload));
      line.append(report("crop", detector.detect(VideoTransforms.roundTrip(VideoTransforms.crop(written, 0.1, 0.3, 0.7), 300_000)), payload));
      line.append(report("trim", detector.detect(VideoTransforms.roundTrip(VideoTransforms.trim(written, 2), 300_000)), payload));
      line.append(String.format(" %.1fs", (System.nanoTime() - t) / 1e9));
      System.out.println(line);
    }
  }

  private static String report(String name, Detection d, Payload expected) {
    return String.format("| %s z=%.1f s=%.3f %s%s ", name, d.score(), d.scale(), d.detected() ? "D" : "-",
        d.payload() == null ? "" : (d.payload().equals(expected) ? "P" : "x"));
  }
}
