package dev.zoetrope.world.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two bench reports of one suite compared video by video. Entries pair up when id, prompt, seed and
 * size agree, so both videos answer the same request; the difference of each video's score is then a
 * paired sample, far less noisy than the difference of the two means when both models fail on the
 * same hard prompts. Set-level dimensions (FD, KID) have no per-video score and are compared as
 * means only.
 *
 * @param suite the suite both reports measured
 * @param baseSource and nextSource the {@code source} each report names
 * @param pairs entries found in both reports
 * @param unpaired entries found in only one of them
 * @param rows one per dimension that either report measured, in {@link Dimension} order
 * @param failedFacts failed facts of the paired videos by kind (ordinals dropped: "object 1 shape"
 *     counts as "shape"), most frequent in the base first
 * @param baseObjects and nextObjects how many objects the oracle saw against how many the prompt
 *     asked for, over the paired videos that state their objects: an object drawn in pieces shows
 *     as a surplus, where the "object count" fact only says that the count is wrong
 */
public record ReportComparison(String suite, String baseSource, String nextSource, int pairs, int unpaired, List<Row> rows,
    List<FactCount> failedFacts, ObjectCounts baseObjects, ObjectCounts nextObjects) {

  /** Beyond this many standard errors, a paired mean difference counts as a change, not noise. */
  public static final double SIGNIFICANT_Z = 2.0;

  public ReportComparison {
    rows = List.copyOf(rows);
    failedFacts = List.copyOf(failedFacts);
  }

  /** The per-video differences (next − base) of one dimension: how many moved which way, their mean and its standard error. */
  public record Paired(int n, int up, int down, double mean, double standardError) {

    static Paired of(List<Double> differences) {
      int n = differences.size();
      double mean = differences.stream().mapToDouble(Double::doubleValue).sum() / n;
      double squares = 0;
      for (double d : differences) squares += (d - mean) * (d - mean);
      double standardError = n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1) / n);
      int up = (int) differences.stream().filter(d -> d > 0).count();
      int down = (int) differences.stream().filter(d -> d < 0).count();
      return new Paired(n, up, down, mean, standardError);
    }

    /** "better" or "worse" beyond {@link #SIGNIFICANT_Z} standard errors, "same" with no video changed, else "noise". */
    public String verdict(Dimension dimension) {
      if (up == 0 && down == 0) return "same";
      if (!dimension.higherIsBetter() && !dimension.lowerIsBetter()) return "changed";
      boolean beyondNoise = standardError == 0 ? mean != 0 : Math.abs(mean) >= SIGNIFICANT_Z * standardError;
      if (!beyondNoise) return "noise";
      return (mean > 0) == dimension.higherIsBetter() ? "better" : "worse";
    }
  }

  /** One dimension: both reports' means (null where a report has none) and, for per-video dimensions, the paired differences. */
  public record Row(Dimension dimension, Double base, Double next, Paired paired) {}

  /** How often a kind of fact failed among the paired videos of each report. */
  public record FactCount(String fact, int base, int next) {}

  /**
   * Objects seen against objects asked for, over {@code videos} videos: how many show none, exactly
   * as many, fewer or more, and the mean surplus (seen − asked; negative when objects go missing).
   */
  public record ObjectCounts(int videos, int none, int exact, int fewer, int more, double meanSurplus) {
    static ObjectCounts of(List<int[]> askedAndSeen) {
      int none = 0, exact = 0, fewer = 0, more = 0;
      double surplus = 0;
      for (int[] c : askedAndSeen) {
        if (c[1] == 0) none++;
        if (c[1] == c[0]) exact++;
        else if (c[1] < c[0]) fewer++;
        else more++;
        surplus += c[1] - c[0];
      }
      return new ObjectCounts(askedAndSeen.size(), none, exact, fewer, more, askedAndSeen.isEmpty() ? 0 : surplus / askedAndSeen.size());
    }
  }

  /** Reads two report.json files (or the folders that hold them) and compares them. */
  public static ReportComparison read(Path base, Path next) {
    return of(load(base), load(next));
  }

  public static ReportComparison of(JsonNode base, JsonNode next) {
    String suite = base.path("suite").asText();
    if (!suite.equals(next.path("suite").asText())) {
      throw new IllegalArgumentException(
          "the reports measured different suites (" + suite + " and " + next.path("suite").asText() + "): nothing to pair");
    }
    Map<String, JsonNode> nextEntries = new LinkedHashMap<>();
    for (JsonNode entry : next.path("per_prompt")) nextEntries.put(key(entry), entry);
    List<JsonNode[]> paired = new ArrayList<>();
    for (JsonNode entry : base.path("per_prompt")) {
      JsonNode other = nextEntries.get(key(entry));
      if (other != null) paired.add(new JsonNode[] {entry, other});
    }
    int unpaired = base.path("per_prompt").size() + next.path("per_prompt").size() - 2 * paired.size();
    if (paired.isEmpty()) {
      throw new IllegalArgumentException(
          "no video of one report answers the same request as a video of the other (same id, prompt, seed and size):"
              + " run both with the same suite, --limit and --expand setting");
    }
    List<Row> rows = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      Double baseMean = number(base.path("metrics").path(d.key()));
      Double nextMean = number(next.path("metrics").path(d.key()));
      if (baseMean == null && nextMean == null) continue;
      List<Double> differences = new ArrayList<>();
      for (JsonNode[] pair : paired) {
        Double a = number(pair[0].path("scores").path(d.key()));
        Double b = number(pair[1].path("scores").path(d.key()));
        if (a != null && b != null) differences.add(b - a);
      }
      rows.add(new Row(d, baseMean, nextMean, differences.isEmpty() ? null : Paired.of(differences)));
    }
    return new ReportComparison(suite, base.path("source").asText(), next.path("source").asText(),
        paired.size(), unpaired, rows, factCounts(paired), objectCounts(paired, 0), objectCounts(paired, 1));
  }

  /** The row of one dimension, if either report measured it. */
  public Row row(Dimension dimension) {
    return rows.stream().filter(r -> r.dimension() == dimension).findFirst().orElse(null);
  }

  /** A plain-text table: one line per dimension, then the failed facts by kind. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s: %d videos paired%s%n  base %s%n  new  %s%n%n", suite, pairs,
        unpaired == 0 ? "" : " (" + unpaired + " in only one report, left out)", baseSource, nextSource));
    out.append(String.format(Locale.ROOT, "%-24s %9s %9s %9s   %-28s %s%n", "dimension", "base", "new", "new-base",
        "paired: up/down, mean ± se", "verdict"));
    for (Row r : rows) {
      String paired = r.paired() == null ? "(set-level)" : String.format(Locale.ROOT, "%3d/%-3d %+.3f ± %.3f",
          r.paired().up(), r.paired().down(), r.paired().mean(), r.paired().standardError());
      String verdict = r.paired() == null ? "" : r.paired().verdict(r.dimension());
      out.append(String.format(Locale.ROOT, "%-24s %9s %9s %9s   %-28s %s%n", r.dimension().key(), format(r.base()),
          format(r.next()), r.base() == null || r.next() == null ? "—" : String.format(Locale.ROOT, "%+.3f", r.next() - r.base()),
          paired, verdict));
    }
    if (!failedFacts.isEmpty()) {
      out.append(String.format(Locale.ROOT, "%n%-24s %9s %9s%n", "failed facts", "base", "new"));
      for (FactCount f : failedFacts) out.append(String.format(Locale.ROOT, "%-24s %9d %9d%n", f.fact(), f.base(), f.next()));
    }
    if (baseObjects.videos() > 0) {
      out.append(String.format(Locale.ROOT, "%n%-24s %9s %9s   (%d videos that state their objects)%n", "objects seen vs asked", "base",
          "new", baseObjects.videos()));
      out.append(String.format(Locale.ROOT, "%-24s %9.2f %9.2f%n", "mean surplus", baseObjects.meanSurplus(), nextObjects.meanSurplus()));
      out.append(String.format(Locale.ROOT, "%-24s %9d %9d%n", "exactly as many", baseObjects.exact(), nextObjects.exact()));
      out.append(String.format(Locale.ROOT, "%-24s %9d %9d%n", "more", baseObjects.more(), nextObjects.more()));
      out.append(String.format(Locale.ROOT, "%-24s %9d %9d%n", "fewer", baseObjects.fewer(), nextObjects.fewer()));
      out.append(String.format(Locale.ROOT, "%-24s %9d %9d%n", "none seen", baseObjects.none(), nextObjects.none()));
    }
    return out.toString();
  }

  /** Asked and seen object counts of one side's paired videos, over those whose expected facts list objects. */
  private static ObjectCounts objectCounts(List<JsonNode[]> paired, int side) {
    List<int[]> counts = new ArrayList<>();
    for (JsonNode[] pair : paired) {
      JsonNode asked = pair[0].path("expected").path("objects");
      if (!asked.isArray() || asked.isEmpty()) continue;
      counts.add(new int[] {asked.size(), pair[side].path("observed").path("objects").size()});
    }
    return ObjectCounts.of(counts);
  }

  private static List<FactCount> factCounts(List<JsonNode[]> paired) {
    Map<String, int[]> counts = new TreeMap<>();
    for (JsonNode[] pair : paired) {
      for (int side = 0; side < 2; side++) {
        for (JsonNode fact : pair[side].path("failed_facts")) {
          counts.computeIfAbsent(factKind(fact.path("fact").asText()), k -> new int[2])[side]++;
        }
      }
    }
    List<FactCount> out = new ArrayList<>();
    counts.forEach((fact, c) -> out.add(new FactCount(fact, c[0], c[1])));
    out.sort((a, b) -> a.base() != b.base() ? Integer.compare(b.base(), a.base()) : Integer.compare(b.next(), a.next()));
    return out;
  }

  /** "object 2 shape" -> "shape"; other facts ("camera", "object count") keep their name. */
  static String factKind(String fact) {
    return fact.replaceFirst("^object \\d+ ", "");
  }

  private static String key(JsonNode entry) {
    return String.join("\u0000", entry.path("id").asText(), entry.path("prompt").asText(), entry.path("seed").asText(),
        entry.path("size").asText());
  }

  private static Double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : null;
  }

  private static String format(Double value) {
    return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static JsonNode load(Path path) {
    Path file = Files.isDirectory(path) ? path.resolve("report.json") : path;
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(path + " is not a bench report: no " + file + " (write one with bench quality --out)");
    }
    JsonNode json;
    try {
      json = ReportJson.JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is not a bench report: " + e.getMessage(), e);
    }
    if (json == null || !json.path("suite").isTextual() || !json.path("per_prompt").isArray() || !json.path("metrics").isObject()) {
      throw new IllegalArgumentException(file + " is not a bench report: it lacks suite, metrics or per_prompt");
    }
    return json;
  }
}
