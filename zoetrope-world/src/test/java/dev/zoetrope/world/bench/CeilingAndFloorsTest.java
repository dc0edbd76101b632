package dev.zoetrope.world.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The acceptance of the bench on a slice of each suite: ground-truth renders score at least 0.99
 * on every attribute dimension (all-facts-correct, the product of all of them, at least 0.95), and
 * each floor scores near 0 on what it should fail.
 */
class CeilingAndFloorsTest {
  /** Attributes no degenerate video should show: uniform noise fails them all. */
  static final List<Dimension> NOISE_FAILS = List.of(
      Dimension.COLOR, Dimension.COLOR_STRICT, Dimension.OBJECT_CLASS, Dimension.MULTIPLE_OBJECTS, Dimension.NUMERACY,
      Dimension.SPATIAL, Dimension.SPATIAL_STRICT, Dimension.MOTION_DIRECTION, Dimension.OBJECT_PERMANENCE,
      Dimension.PHYSICS_BOUNCE, Dimension.EXPRESSION, Dimension.ALL_FACTS_CORRECT, Dimension.SUBJECT_CONSISTENCY,
      Dimension.MOTION_SMOOTHNESS);
  /** What a frozen first frame cannot show: anything that moves. */
  static final List<Dimension> FROZEN_FAILS = List.of(Dimension.MOTION_DIRECTION, Dimension.PHYSICS_BOUNCE, Dimension.DYNAMIC_DEGREE);

  @Test
  void heldOutCompositions() throws Exception {
    check("held_out", 20, true, 0.99);
  }

  @Test
  void paraphrasedPrompts() throws Exception {
    check("paraphrase", 10, true, 0.99);
  }

  @Test
  void inDistributionPrompts() throws Exception {
    check("in_distribution", 12, true, 0.99);
  }

  @Test
  void conditionedModes() throws Exception {
    for (String suite : List.of("i2v", "extend", "connect")) check(suite, 5, false, 0.99);
  }

  private static void check(String name, int entries, boolean textToVideo, double attributes) throws Exception {
    Suite full = Suite.load(name);
    Suite suite = new Suite(name, full.entries().subList(0, entries));
    BenchReport report = new BenchRunner(2, line -> {}).run(suite, VideoSource.groundTruth());
    List<String> problems = new ArrayList<>();
    Map<Dimension, Double> ceiling = report.ceiling().means();
    for (Map.Entry<Dimension, Double> e : ceiling.entrySet()) {
      double floor = e.getKey() == Dimension.ALL_FACTS_CORRECT ? attributes - 0.04 : attributes;
      if (e.getKey().kind() == Dimension.Kind.ATTRIBUTE && e.getValue() < floor) problems.add("ceiling " + e.getKey().key() + " " + e.getValue());
    }
    // Speeds are 0.12 and 0.30 short sides a second: 15% off still names the right one.
    expectAtMost(problems, "ceiling", ceiling, Dimension.SPEED_ERROR, 0.15);
    expectAtLeast(problems, "ceiling", ceiling, Dimension.SEAM_CONTINUITY, 0.95);
    expectAtLeast(problems, "ceiling", ceiling, Dimension.FIRST_FRAME_PSNR, 59);
    Map<Dimension, Double> noise = report.floors().get("uniform_noise").means();
    Map<Dimension, Double> frozen = report.floors().get("frozen_frame").means();
    Map<Dimension, Double> shuffled = report.floors().get("shuffled_captions").means();
    expectAtMost(problems, "noise", noise, Dimension.SEAM_CONTINUITY, 0.05);
    if (textToVideo) {
      for (Dimension d : NOISE_FAILS) expectAtMost(problems, "noise", noise, d, 0.05);
      expectAtMost(problems, "noise", noise, Dimension.CAPTION_FACT_ACCURACY, 0.1);
      expectAtLeast(problems, "noise", noise, Dimension.SPEED_ERROR, 0.9);
      for (Dimension d : FROZEN_FAILS) expectAtMost(problems, "frozen", frozen, d, 0.05);
      expectAtLeast(problems, "frozen", frozen, Dimension.SPEED_ERROR, 0.9);
      // Another prompt's facts agree with a video only by chance.
      expectAtMost(problems, "shuffled", shuffled, Dimension.ALL_FACTS_CORRECT, 0.1);
      expectAtMost(problems, "shuffled", shuffled, Dimension.CAPTION_FACT_ACCURACY, 0.45);
      expectAtMost(problems, "shuffled", shuffled, Dimension.COLOR_STRICT, 0.35);
    }
    assertTrue(problems.isEmpty(), name + ": " + problems);
  }

  private static void expectAtMost(List<String> problems, String set, Map<Dimension, Double> means, Dimension d, double limit) {
    Double v = means.get(d);
    if (v != null && v > limit) problems.add(set + " " + d.key() + " " + v + " > " + limit);
  }

  private static void expectAtLeast(List<String> problems, String set, Map<Dimension, Double> means, Dimension d, double limit) {
    Double v = means.get(d);
    if (v != null && v < limit) problems.add(set + " " + d.key() + " " + v + " < " + limit);
  }
}
