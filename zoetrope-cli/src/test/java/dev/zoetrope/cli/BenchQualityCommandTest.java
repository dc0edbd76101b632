package dev.zoetrope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zoetrope.media.Mp4Writer;
import dev.zoetrope.train.TinyModel;
import dev.zoetrope.vae.Psnr;
import dev.zoetrope.world.bench.ClipWindow;
import dev.zoetrope.world.bench.GroundTruth;
import dev.zoetrope.world.bench.Mode;
import dev.zoetrope.world.bench.Suite;
import dev.zoetrope.world.bench.SuiteEntry;
import dev.zoetrope.world.video.Video;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

/** bench quality end to end: the renderer, MP4 files from elsewhere, a real (tiny) model and the shipped autoencoder. */
class BenchQualityCommandTest {
  @TempDir Path dir;

  private int run(String... args) {
    return Main.commandLine().execute(args);
  }

  private JsonNode report(Path out) throws Exception {
    assertTrue(Files.exists(out.resolve("report.html")));
    return new ObjectMapper().readTree(out.resolve("report.json").toFile());
  }

  @Test
  void groundTruthScoresTheCeilingOfAConditionedSuite() throws Exception {
    Path out = dir.resolve("ceiling");
    assertEquals(0, run("bench", "quality", "--suite", "extend", "--ground-truth", "--limit", "2", "--out", out.toString()));
    JsonNode json = report(out);
    assertEquals("extend", json.get("suite").asText());
    assertEquals(1.0, json.get("metrics").get("caption_fact_accuracy").asDouble(), 1e-9);
    assertTrue(json.get("metrics").get("seam_continuity").asDouble() > 0.9);
    assertEquals(0.0, json.get("floors").get("uniform_noise").get("seam_continuity").asDouble(), 1e-9);
  }

  @Test
  void mp4FilesFromAnotherToolAreReadAndScored() throws Exception {
    Suite suite = Suite.load("held_out");
    Path videos = Files.createDirectories(dir.resolve("videos"));
    GroundTruth truth = new GroundTruth();
    for (SuiteEntry e : suite.entries().subList(0, 2)) Mp4Writer.write(truth.render(e).output(), videos.resolve(e.id() + ".mp4"));
    Path out = dir.resolve("videos-report");
    assertEquals(0, run("bench", "quality", "--suite", "held_out", "--limit", "2", "--videos", videos.toString(), "--out", out.toString()));
    JsonNode json = report(out);
    assertEquals("videos " + videos, json.get("source").asText());
    // H.264 at the default bitrate keeps every stated fact readable.
    assertEquals(1.0, json.get("metrics").get("caption_fact_accuracy").asDouble(), 1e-9);

    // The same requests rendered directly: bench compare pairs both videos of each and finds no fact changed.
    Path rendered = dir.resolve("truth-report");
    assertEquals(0, run("bench", "quality", "--suite", "held_out", "--limit", "2", "--ground-truth", "--out", rendered.toString()));
    StringWriter printed = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(printed));
    assertEquals(0, cli.execute("bench", "compare", rendered.toString(), out.resolve("report.json").toString()));
    String table = printed.toString();
    assertTrue(table.startsWith("held_out: 2 videos paired"), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("caption_fact_accuracy") && l.endsWith("same")), table);
    assertTrue(table.contains("base ground truth") && table.contains("new  videos " + videos), table);
    assertTrue(table.lines().anyMatch(l -> l.matches("mean surplus\\s+0\\.00\\s+0\\.00")), "no object is drawn in pieces: " + table);
  }

  @Test
  void aTinyModelIsScoredThroughTheGeneratorOnACustomSuite() throws Exception {
    Path model = TinyModel.train(dir.resolve("tiny"), 11);
    Suite heldOut = Suite.load("held_out");
    Suite small = new Suite("tiny", List.of(
        resize(heldOut.entries().get(0), Mode.T2V, List.of()),
        resize(heldOut.entries().get(1), Mode.I2V, List.of(new ClipWindow(0, 0)))));
    Path suiteFile = dir.resolve("tiny.jsonl");
    Files.writeString(suiteFile, small.toJsonl());
    Path out = dir.resolve("model-report");
    assertEquals(0, run("bench", "quality", "--suite", suiteFile.toString(), "--model", model.toString(), "--steps", "2",
        "--sampler", "heun", "--guidance-interval", "0.5,1", "--out", out.toString()));
    JsonNode json = report(out);
    assertTrue(json.get("source").asText().startsWith("model "), json.get("source").asText());
    assertTrue(json.get("source").asText().endsWith("(heun, 2 steps, guidance 4.0 at t in 0.5,1.0)"), json.get("source").asText());
    assertEquals(2, json.get("per_prompt").size());
    assertTrue(json.get("metrics").has("first_frame_psnr"));
    assertTrue(json.get("ceiling").get("color").asDouble() >= 0.99);
  }

  @Test
  void theShippedAutoencodersCeilingIsScoredBelowTheRenderersOwn() throws Exception {
    Path out = dir.resolve("ae-report");
    assertEquals(0, run("bench", "quality", "--suite", "held_out", "--limit", "2", "--autoencoder", ShippedModelTest.SHIPPED.toString(),
        "--out", out.toString()));
    JsonNode json = report(out);
    assertTrue(json.get("source").asText().contains("autoencoder of zoetrope-world"), json.get("source").asText());
    assertEquals(2, json.get("per_prompt").size());
    assertTrue(json.get("metrics").get("caption_fact_accuracy").asDouble() <= json.get("ceiling").get("caption_fact_accuracy").asDouble());
    // What was scored is the renderer's video through the autoencoder: close to it, not it.
    SuiteEntry entry = Suite.load("held_out").entries().get(0);
    try (AutoencoderVideoSource source = new AutoencoderVideoSource(ShippedModelTest.SHIPPED)) {
      Video ideal = new GroundTruth().render(entry).output();
      Video through = source.clip(entry).output();
      assertEquals(ideal.frameCount(), through.frameCount());
      double psnr = Psnr.of(ideal, through);
      assertTrue(psnr > 18 && psnr < 45, "PSNR " + psnr);
    }
  }

  @Test
  void badInputExitsWithCodeTwo() {
    assertEquals(2, run("bench", "quality", "--suite", "nope", "--ground-truth", "--out", dir.resolve("a").toString()));
    assertEquals(2, run("bench", "quality", "--suite", "held_out", "--videos", dir.resolve("missing").toString(),
        "--out", dir.resolve("b").toString()));
    assertEquals(2, run("bench", "quality", "--suite", "held_out", "--ground-truth", "--expand", "--out", dir.resolve("c").toString()));
    assertEquals(2, run("bench", "quality", "--suite", "held_out", "--out", dir.resolve("d").toString()));
    assertEquals(2, run("bench", "quality", "--suite", "held_out", "--ground-truth", "--sampler", "heun", "--out", dir.resolve("f").toString()));
    assertEquals(2, run("bench", "quality", "--suite", "held_out", "--ground-truth", "--eta", "0.5", "--out", dir.resolve("j").toString()));
    assertEquals(2, run("bench", "quality", "--suite", "held_out", "--model", ShippedModelTest.SHIPPED.toString(), "--eta", "0.5",
        "--out", dir.resolve("k").toString()));
    assertEquals(2, run("bench", "quality", "--suite", "held_out", "--ground-truth", "--guidance", "6", "--out", dir.resolve("g").toString()));
    assertEquals(2, run("bench", "quality", "--suite", "held_out", "--model", ShippedModelTest.SHIPPED.toString(), "--guidance", "-1",
        "--out", dir.resolve("h").toString()));
    assertEquals(2, run("bench", "quality", "--suite", "held_out", "--model", ShippedModelTest.SHIPPED.toString(), "--steps", "5000",
        "--out", dir.resolve("i").toString()));
    assertEquals(2, run("bench", "quality", "--suite", "held_out", "--autoencoder", dir.resolve("no-model").toString(),
        "--out", dir.resolve("e").toString()));
    assertEquals(2, run("bench", "compare", dir.resolve("a").toString(), dir.resolve("b").toString()));
    assertEquals(2, run("bench", "compare", dir.toString()));
  }

  /** The entry at 32x32 and one second (the tiny model's size), as another mode. */
  private static SuiteEntry resize(SuiteEntry e, Mode mode, List<ClipWindow> inputs) {
    return new SuiteEntry(e.id(), e.prompt(), e.seed(), 32, 32, 1, 8, mode, inputs, e.expected());
  }
}
