package dev.zoetrope.world.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * report.json: {@code metrics}, {@code ceiling}, {@code floors} (one object per control) and
 * {@code ci95} keyed by dimension name (null where a dimension does not apply to the suite), the
 * sample size of each, the suite, source, video count, seeds, runtime, and the per-prompt list with
 * scores and failed facts.
 */
public final class ReportJson {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  public static ObjectNode of(BenchReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("suite", report.suite().name());
    root.put("source", report.source());
    root.put("n_videos", report.suite().entries().size());
    ArrayNode seeds = root.putArray("seeds");
    report.suite().entries().forEach(e -> seeds.add(e.seed()));
    root.put("runtime_seconds", Math.round(report.runtimeSeconds() * 10) / 10.0);
    root.set("metrics", values(report.metrics()));
    root.set("ceiling", values(report.ceiling()));
    ObjectNode floors = root.putObject("floors");
    report.floors().forEach((name, set) -> floors.set(name, values(set)));
    ObjectNode ci = root.putObject("ci95");
    ObjectNode n = root.putObject("n");
    for (Dimension d : Dimension.values()) {
      double[] interval = report.metrics().ci95().get(d);
      if (interval == null) {
        ci.putNull(d.key());
      } else {
        ci.putArray(d.key()).add(round(interval[0])).add(round(interval[1]));
      }
      n.put(d.key(), report.metrics().counts().getOrDefault(d, 0));
    }
    ArrayNode analogues = root.putArray("analogues");
    for (Dimension d : Dimension.values()) if (d.analogue()) analogues.add(d.key());
    ArrayNode prompts = root.putArray("per_prompt");
    for (VideoScore v : report.metrics().videos()) prompts.add(prompt(v));
    return root;
  }

  private static ObjectNode values(SetScores set) {
    ObjectNode out = JSON.createObjectNode();
    for (Dimension d : Dimension.values()) put(out, d.key(), set.means().get(d));
    return out;
  }

  private static ObjectNode prompt(VideoScore v) {
    SuiteEntry e = v.entry();
    ObjectNode out = JSON.createObjectNode();
    out.put("id", e.id());
    out.put("prompt", e.prompt());
    out.put("seed", e.seed());
    out.put("size", e.size());
    out.put("seconds", e.seconds());
    out.put("mode", e.mode().key());
    ObjectNode scores = out.putObject("scores");
    for (Map.Entry<Dimension, Double> s : new java.util.TreeMap<>(v.scores()).entrySet()) put(scores, s.getKey().key(), s.getValue());
    ArrayNode failed = out.putArray("failed_facts");
    for (FactCheck.Fact f : v.failed()) {
      failed.addObject().put("fact", f.name()).put("expected", f.expected()).put("observed", f.observed());
    }
    out.set("expected", FactsJson.write(e.expected()));
    out.set("observed", FactsJson.write(v.observed()));
    return out;
  }

  private static void put(ObjectNode node, String key, Double value) {
    if (value == null || value.isNaN()) {
      node.putNull(key);
    } else {
      node.put(key, round(value));
    }
  }

  static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}
