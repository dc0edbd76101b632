package dev.zoetrope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zoetrope.safety.Provenance;
import dev.zoetrope.safety.provenance.ProvenanceKeys;
import dev.zoetrope.safety.watermark.Payload;
import dev.zoetrope.safety.watermark.WatermarkConfig;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetyCommandsTest {
  private record Run(int code, String out) {}

  private static Run run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true));
    try {
      return new Run(Main.commandLine().execute(args), captured.toString());
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void moderateAllowsWithZeroAndBlocksWithThree() throws Exception {
    Run allowed = run("moderate", "a shooting star over the sea");
    assertEquals(0, allowed.code());
    assertEquals(false, new ObjectMapper().readTree(allowed.out()).get("flagged").asBoolean());
    Run blocked = run("moderate", "a n a k e d woman");
    assertEquals(ModerateCommand.BLOCKED, blocked.code());
    JsonNode verdict = new ObjectMapper().readTree(blocked.out());
    assertEquals("sexual", verdict.get("category").asText());
    assertEquals(2, run("moderate", " ").code(), "an empty prompt is bad input");
  }

  @Test
  void provenanceInitThenDetect(@TempDir Path folder) throws Exception {
    Path keys = folder.resolve("keys");
    Run init = run("keys", "provenance", "init", "--dir", keys.toString());
    assertEquals(0, init.code(), init.out());
    assertTrue(Files.isRegularFile(keys.resolve(ProvenanceKeys.SIGNER_KEY)));
    assertEquals(2, run("keys", "provenance", "init", "--dir", keys.toString()).code(), "refuses to overwrite");

    Path video = folder.resolve("video.mp4");
    var frames = Renderer.render(new SceneSampler(WorldSpec.full()).sample(6), new RenderSpec(128, 128, 8, 9)).video();
    Provenance.finish(frames, video, "zoetrope-tiny", "video_1", ProvenanceKeys.load(keys), WatermarkConfig.defaults());
    Run detect = run("detect", "--keys", keys.toString(), video.toString());
    assertEquals(0, detect.code());
    JsonNode report = new ObjectMapper().readTree(detect.out());
    assertTrue(report.at("/watermark/detected").asBoolean(), detect.out());
    assertEquals(Payload.of("zoetrope-tiny", "video_1").hex(), report.at("/watermark/payload").asText());
    assertTrue(report.at("/c2pa/present").asBoolean() && report.at("/c2pa/valid").asBoolean(), detect.out());
    assertEquals("Zoetrope/" + Provenance.version(), report.at("/c2pa/generator").asText());
    assertEquals(2, run("detect", folder.resolve("missing.mp4").toString()).code());
  }
}
