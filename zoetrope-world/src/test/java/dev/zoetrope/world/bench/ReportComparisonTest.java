package dev.zoetrope.world.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two reports paired video by video: exact arithmetic on hand-built reports, and real bench runs told apart. */
class ReportComparisonTest {
  @TempDir Path dir;

  @Test
  void pairedDifferencesHaveTheirHandComputedMeanStandardErrorAndCounts() {
    double[] base = {0.25, 0.5, 0.75, 0.5};
    double[] next = {0.75, 0.5, 0.5, 0.75};
    ReportComparison c = ReportComparison.of(report("held_out", base), report("held_out", next));
    ReportComparison.Paired p = c.row(Dimension.CAPTION_FACT_ACCURACY).paired();
    // differences 0.5, 0, -0.25, 0.25: mean 0.125, sample variance 0.3125 / 3, standard error sqrt(variance / 4)
    assertEquals(4, p.n());
    assertEquals(2, p.up());
    assertEquals(1, p.down());
    assertEquals(0.125, p.mean(), 1e-12);
    assertEquals(Math.sqrt(0.3125 / 3 / 4), p.standardError(), 1e-12);
    assertEquals("noise", p.verdict(Dimension.CAPTION_FACT_ACCURACY));
    assertEquals(4, c.pairs());
    assertEquals(0, c.unpaired());
    assertEquals(0.5, c.row(Dimension.CAPTION_FACT_ACCURACY).base(), 1e-12);
    assertEquals(0.625, c.row(Dimension.CAPTION_FACT_ACCURACY).next(), 1e-12);
  }

  @Test
  void verdictFollowsTheDimensionsDirection() {
    ReportComparison.Paired rise = new ReportComparison.Paired(10, 10, 0, 0.2, 0.05);
    assertEquals("better", rise.verdict(Dimension.COLOR));
    assertEquals("worse", rise.verdict(Dimension.SPEED_ERROR));
    assertEquals("changed", rise.verdict(Dimension.DYNAMIC_DEGREE));
    assertEquals("noise", new ReportComparison.Paired(10, 6, 4, 0.05, 0.05).verdict(Dimension.COLOR));
    assertEquals("same", new ReportComparison.Paired(10, 0, 0, 0, 0).verdict(Dimension.COLOR));
    assertEquals("worse", new ReportComparison.Paired(3, 0, 3, -0.5, 0).verdict(Dimension.COLOR), "equal drops have no spread");
  }

  @Test
  void onlyVideosAnsweringTheSameRequestArePairedAndFactsCountByKind() {
    ObjectNode base = report("held_out", new double[] {0.5, 0.5, 0.5});
    ObjectNode next = report("held_out", new double[] {1.0, 1.0, 1.0});
    ((ObjectNode) next.get("per_prompt").get(2)).put("seed", 999);
    addFailure(base, 0, "object 1 shape");
    addFailure(base, 1, "object 2 shape");
    addFailure(base, 1, "camera");
    addFailure(next, 1, "object count");
    addFailure(base, 2, "object 1 shape");

    ReportComparison c = ReportComparison.of(base, next);

    assertEquals(2, c.pairs());
    assertEquals(2, c.unpaired());
    assertEquals(2, c.row(Dimension.CAPTION_FACT_ACCURACY).paired().n());
    assertEquals(new ReportComparison.FactCount("shape", 2, 0), c.failedFacts().get(0), "the unpaired entry's failure is left out");
    assertTrue(c.failedFacts().contains(new ReportComparison.FactCount("camera", 1, 0)));
    assertTrue(c.failedFacts().contains(new ReportComparison.FactCount("object count", 0, 1)));
    assertEquals("object count", ReportComparison.factKind("object count"));
    String table = c.table();
    assertTrue(table.contains("2 in only one report"), table);
    assertTrue(table.contains("caption_fact_accuracy"), table);
  }

  @Test
  void objectsSeenAreTalliedAgainstObjectsAskedForOverThePairedVideosThatStateThem() {
    ObjectNode base = report("held_out", new double[] {0.5, 0.5, 0.5, 0.5});
    ObjectNode next = report("held_out", new double[] {0.5, 0.5, 0.5, 0.5});
    int[] asked = {1, 2, 1, 0};
    int[] seenBase = {1, 0, 4, 3};
    int[] seenNext = {5, 1, 1, 0};
    for (int i = 0; i < 4; i++) {
      objects(base, i, asked[i], seenBase[i]);
      objects(next, i, asked[i], seenNext[i]);
    }

    ReportComparison c = ReportComparison.of(base, next);

    // entry 3 asks for no object: left out. Base: exact, none (2 asked), +3 -> surplus (0 - 2 + 3) / 3
    assertEquals(new ReportComparison.ObjectCounts(3, 1, 1, 1, 1, 1.0 / 3), c.baseObjects());
    // next: +4, one of two, exact -> surplus (4 - 1 + 0) / 3
    assertEquals(new ReportComparison.ObjectCounts(3, 0, 1, 1, 1, 1.0), c.nextObjects());
    String table = c.table();
    assertTrue(table.contains("mean surplus") && table.contains("0.33") && table.contains("1.00"), table);
    assertTrue(table.contains("(3 videos that state their objects)"), table);
  }

  @Test
  void realReportsOfTheGroundTruthAndAFrozenFrameAreToldApart() throws Exception {
    Suite heldOut = Suite.load("held_out");
    Suite suite = new Suite("held_out", heldOut.entries().subList(0, 3));
    BenchRunner runner = new BenchRunner(2, line -> {});
    GroundTruth truth = new GroundTruth();
    VideoSource frozen = new VideoSource() {
      @Override
      public EntryClip clip(SuiteEntry entry) {
        return Controls.frozen(truth.render(entry));
      }

      @Override
      public String describe() {
        return "frozen ground truth";
      }
    };
    ReportWriter.write(runner.run(suite, frozen), dir.resolve("frozen"));
    ReportWriter.write(runner.run(suite, VideoSource.groundTruth()), dir.resolve("truth"));

    ReportComparison c = ReportComparison.read(dir.resolve("frozen"), dir.resolve("truth").resolve("report.json"));

    assertEquals("held_out", c.suite());
    assertEquals("frozen ground truth", c.baseSource());
    assertEquals(3, c.pairs());
    ReportComparison.Row facts = c.row(Dimension.CAPTION_FACT_ACCURACY);
    assertEquals(1.0, facts.next(), 1e-9);
    assertTrue(facts.paired().mean() > 0, "the moving truth states more of its caption than its frozen first frame");
    assertEquals(0, facts.paired().down());
    assertNull(c.row(Dimension.FD_ORACLE).paired(), "FD compares whole sets, not videos");
    assertEquals(0, c.row(Dimension.COLOR).paired().up() + c.row(Dimension.COLOR).paired().down(), "freezing keeps the colour");
    assertTrue(c.failedFacts().stream().allMatch(f -> f.next() == 0), "the truth fails no fact");
    assertTrue(c.failedFacts().stream().anyMatch(f -> f.base() > 0));
    assertEquals(3, c.nextObjects().videos());
    assertEquals(3, c.nextObjects().exact(), "the truth shows exactly the objects its caption asks for");
    assertEquals(0.0, c.nextObjects().meanSurplus(), 1e-12);
  }

  @Test
  void reportsOfDifferentSuitesMissingFilesAndOtherJsonAreRefusedByName() throws Exception {
    IllegalArgumentException suites = assertThrows(IllegalArgumentException.class,
        () -> ReportComparison.of(report("held_out", new double[] {1}), report("paraphrase", new double[] {1})));
    assertTrue(suites.getMessage().contains("held_out and paraphrase"), suites.getMessage());

    ObjectNode other = report("held_out", new double[] {1});
    ((ObjectNode) other.get("per_prompt").get(0)).put("prompt", "another prompt");
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> ReportComparison.of(report("held_out", new double[] {1}), other));
    assertTrue(none.getMessage().contains("same id, prompt, seed and size"), none.getMessage());

    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> ReportComparison.read(dir.resolve("nowhere"), dir.resolve("nowhere")));
    assertTrue(missing.getMessage().contains("is not a bench report"), missing.getMessage());

    Files.writeString(dir.resolve("other.json"), "{\"name\": \"not a report\"}");
    IllegalArgumentException notReport = assertThrows(IllegalArgumentException.class,
        () -> ReportComparison.read(dir.resolve("other.json"), dir.resolve("other.json")));
    assertTrue(notReport.getMessage().contains("lacks suite, metrics or per_prompt"), notReport.getMessage());

    Files.writeString(dir.resolve("broken.json"), "{\"suite\": ");
    assertThrows(IllegalArgumentException.class, () -> ReportComparison.read(dir.resolve("broken.json"), dir.resolve("broken.json")));
  }

  /** A report with one t2v entry per score, caption_fact_accuracy set to it and its mean in metrics. */
  private static ObjectNode report(String suite, double[] scores) {
    ObjectNode root = ReportJson.JSON.createObjectNode();
    root.put("suite", suite);
    root.put("source", "model " + suite);
    ArrayNode prompts = root.putArray("per_prompt");
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      ObjectNode p = prompts.addObject();
      p.put("id", suite + "-" + i);
      p.put("prompt", "a red ball " + i);
      p.put("seed", 70_000 + i);
      p.put("size", "128x128");
      p.putObject("scores").put("caption_fact_accuracy", scores[i]);
      p.putArray("failed_facts");
      sum += scores[i];
    }
    root.putObject("metrics").put("caption_fact_accuracy", sum / scores.length).putNull("color");
    return root;
  }

  /** Gives entry {@code entry} {@code asked} expected objects and {@code seen} observed ones. */
  private static void objects(JsonNode report, int entry, int asked, int seen) {
    ObjectNode p = (ObjectNode) report.get("per_prompt").get(entry);
    ArrayNode expected = p.putObject("expected").putArray("objects");
    for (int i = 0; i < asked; i++) expected.addObject().put("shape", "BALL");
    ArrayNode observed = p.putObject("observed").putArray("objects");
    for (int i = 0; i < seen; i++) observed.addObject().put("shape", "BALL");
  }

  private static void addFailure(JsonNode report, int entry, String fact) {
    ((ArrayNode) report.get("per_prompt").get(entry).get("failed_facts")).addObject().put("fact", fact);
  }
}
