package dev.zoetrope.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.media.Mp4Writer;
import dev.zoetrope.safety.provenance.ProvenanceKeys;
import dev.zoetrope.safety.watermark.Payload;
import dev.zoetrope.safety.watermark.WatermarkConfig;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.video.Video;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {
  @Test
  void finishedVideoCarriesWatermarkAndCredentials(@TempDir Path folder) throws Exception {
    Video frames = Renderer.render(new SceneSampler(WorldSpec.full()).sample(4), new RenderSpec(128, 128, 8, 9)).video();
    Path keys = folder.resolve("keys");
    Path out = folder.resolve("out").resolve("video.mp4");
    Provenance.finish(frames, out, "zoetrope-tiny", "video_7", ProvenanceKeys.create(keys, "Zoetrope", false), WatermarkConfig.defaults());

    Provenance.Report report = Provenance.detect(out, keys, WatermarkConfig.defaults());
    assertTrue(report.watermark().detected(), report.toString());
    assertEquals(Payload.of("zoetrope-tiny", "video_7"), report.watermark().payload());
    assertTrue(report.c2pa().valid() && report.c2pa().trusted(), report.c2pa().problems().toString());
    assertEquals("Zoetrope/" + Provenance.version(), report.c2pa().generator());
    try (var files = Files.list(out.getParent())) {
      assertEquals(1, files.count(), "no temporary files left behind");
    }
    Path plain = Files.writeString(out.resolveSibling("plain.txt"), "x");
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out), "the usual permissions, not owner-only");
  }

  @Test
  void plainVideoHasNeither(@TempDir Path folder) throws Exception {
    Video frames = Renderer.render(new SceneSampler(WorldSpec.full()).sample(5), new RenderSpec(128, 128, 8, 9)).video();
    Path file = folder.resolve("plain.mp4");
    Mp4Writer.write(frames, file);
    Provenance.Report report = Provenance.detect(file, folder, WatermarkConfig.defaults());
    assertFalse(report.watermark().detected());
    assertFalse(report.c2pa().present());
  }
}
