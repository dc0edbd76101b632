package dev.zoetrope.safety.moderation;

import dev.zoetrope.text.TextEncoder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Curated example prompts per category and harmless ones (resource {@code exemplars.tsv}), held as
 * MiniLM sentence vectors. A prompt's similarity to a category is its cosine with the closest
 * example of that category.
 */
public final class ExemplarIndex {
  /** Closest-example similarities: per category and to the harmless examples. */
  public record Similarities(Map<Category, Double> categories, double harmless) {
    public double of(Category category) {
      return categories.get(category);
    }
  }

  private final Map<Category, List<float[]>> harmful = new EnumMap<>(Category.class);
  private final List<float[]> harmless = new ArrayList<>();

  private ExemplarIndex() {}

  /** The shipped examples, encoded with {@code encoder}. */
  public static ExemplarIndex standard(TextEncoder encoder) {
    try (InputStream in = ExemplarIndex.class.getResourceAsStream("exemplars.tsv")) {
      if (in == null) throw new IllegalStateException("exemplars.tsv missing from the classpath");
      return build(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), encoder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ExemplarIndex build(List<String> lines, TextEncoder encoder) {
    ExemplarIndex index = new ExemplarIndex();
    for (Category category : Category.values()) index.harmful.put(category, new ArrayList<>());
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] columns = line.split("\t");
      if (columns.length != 2) throw new IllegalArgumentException("exemplar line needs 2 tab-separated columns: " + line);
      float[] vector = encoder.encode(embeddingText(columns[1])).pooled();
      if (columns[0].equals("none")) index.harmless.add(vector);
      else index.harmful.get(Category.fromId(columns[0])).add(vector);
    }
    for (Map.Entry<Category, List<float[]>> entry : index.harmful.entrySet()) {
      if (entry.getValue().isEmpty()) throw new IllegalArgumentException("no exemplars for " + entry.getKey().id());
    }
    if (index.harmless.isEmpty()) throw new IllegalArgumentException("no harmless exemplars");
    return index;
  }

  /** The text the encoder sees: normalised, stretched letters undone. */
  static String embeddingText(String text) {
    return TextNormalizer.stretchVariants(TextNormalizer.normalize(text)).get(0);
  }

  public Similarities similarities(float[] pooled) {
    Map<Category, Double> categories = new EnumMap<>(Category.class);
    for (Map.Entry<Category, List<float[]>> entry : harmful.entrySet()) categories.put(entry.getKey(), closest(entry.getValue(), pooled));
    return new Similarities(categories, closest(harmless, pooled));
  }

  private static double closest(List<float[]> vectors, float[] pooled) {
    double best = -1;
    for (float[] vector : vectors) {
      double dot = 0;
      for (int i = 0; i < vector.length; i++) dot += vector[i] * pooled[i];
      best = Math.max(best, dot);
    }
    return best;
  }
}
