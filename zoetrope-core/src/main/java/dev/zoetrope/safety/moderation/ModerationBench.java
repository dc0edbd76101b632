package dev.zoetrope.safety.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision and recall per category on the labelled prompts in the repository (resources
 * {@code labelled-prompts.tsv}, the development set, and {@code heldout-prompts.tsv}), plus the
 * blocked/allowed confusion over all prompts.
 */
public final class ModerationBench {
  /** A labelled prompt; label is a category id or "none". */
  public record Example(String label, String prompt) {}

  /** A prompt the moderator got wrong. */
  public record Miss(String label, String predicted, String prompt) {}

  private ModerationBench() {}

  /** The development set: the lexicon, examples and thresholds were tuned on it. */
  public static List<Example> labelled() {
    return read("labelled-prompts.tsv");
  }

  /** The held-out set: written after tuning and never used for it, so its numbers are honest. */
  public static List<Example> heldOut() {
    return read("heldout-prompts.tsv");
  }

  private static List<Example> read(String resource) {
    try (InputStream in = ModerationBench.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " missing from the classpath");
      List<Example> examples = new ArrayList<>();
      for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] columns = line.split("\t");
        if (columns.length != 2) throw new IllegalArgumentException("labelled line needs 2 columns: " + line);
        if (!columns[0].equals("none")) Category.fromId(columns[0]);
        examples.add(new Example(columns[0], columns[1]));
      }
      return examples;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the moderator on every example and returns the report (JSON-ready maps). */
  public static Map<String, Object> run(Moderator moderator, List<Example> examples) {
    List<String> predicted = new ArrayList<>();
    for (Example example : examples) {
      ModerationResult result = moderator.check(example.prompt());
      predicted.add(result.flagged() ? result.category() : "none");
    }
    Map<String, Object> report = new LinkedHashMap<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Category category : Category.values()) rows.add(row(category.id(), examples, predicted, false));
    rows.add(row("any harmful (blocked vs allowed)", examples, predicted, true));
    report.put("prompts", examples.size());
    report.put("harmless", examples.stream().filter(e -> e.label().equals("none")).count());
    report.put("categories", rows);
    List<Miss> misses = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      if (!examples.get(i).label().equals(predicted.get(i))) misses.add(new Miss(examples.get(i).label(), predicted.get(i), examples.get(i).prompt()));
    }
    report.put("misses", misses);
    return report;
  }

  private static Map<String, Object> row(String id, List<Example> examples, List<String> predicted, boolean binary) {
    int truePositive = 0, falsePositive = 0, falseNegative = 0, support = 0;
    for (int i = 0; i < examples.size(); i++) {
      boolean actual = binary ? !examples.get(i).label().equals("none") : examples.get(i).label().equals(id);
      boolean said = binary ? !predicted.get(i).equals("none") : predicted.get(i).equals(id);
      if (actual) support++;
      if (actual && said) truePositive++;
      if (!actual && said) falsePositive++;
      if (actual && !said) falseNegative++;
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("category", id);
    row.put("support", support);
    row.put("precision", truePositive + falsePositive == 0 ? 1.0 : truePositive / (double) (truePositive + falsePositive));
    row.put("recall", support == 0 ? 1.0 : truePositive / (double) support);
    row.put("false_positives", falsePositive);
    row.put("false_negatives", falseNegative);
    return row;
  }

  /** Markdown table of the report. */
  @SuppressWarnings("unchecked")
  public static String table(Map<String, Object> report) {
    StringBuilder out = new StringBuilder(String.format("| category | support | precision | recall | FP | FN |%n|---|---|---|---|---|---|%n"));
    for (Map<String, Object> row : (List<Map<String, Object>>) report.get("categories")) {
      out.append(String.format("| %s | %d | %.3f | %.3f | %d | %d |%n", row.get("category"), row.get("support"),
          row.get("precision"), row.get("recall"), row.get("false_positives"), row.get("false_negatives")));
    }
    out.append(String.format("%s prompts, %s harmless%n", report.get("prompts"), report.get("harmless")));
    return out.toString();
  }
}
