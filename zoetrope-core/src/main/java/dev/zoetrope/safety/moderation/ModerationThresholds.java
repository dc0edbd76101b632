package dev.zoetrope.safety.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

/**
 * When the embedding decides. A prompt is flagged for a category when a strong lexicon entry
 * matches, or when its closest example of the category has cosine ≥ {@code embedding(category)}
 * and beats the closest harmless example by {@code margin}, or when a weak lexicon entry matches
 * and the cosine is ≥ {@code weakLexicon} and beats the harmless examples at all.
 *
 * <p>A JSON file may override any subset: {@code {"embedding": {"hate": 0.7}, "margin": 0.05,
 * "weak_lexicon": 0.5}}.
 */
public record ModerationThresholds(Map<Category, Double> embedding, double margin, double weakLexicon) {
  public ModerationThresholds {
    embedding = Map.copyOf(embedding);
    for (Category category : Category.values()) {
      Double value = embedding.get(category);
      if (value == null) throw new IllegalArgumentException("no embedding threshold for " + category.id());
      checkCosine(category.id(), value);
    }
    if (margin < 0 || margin > 1) throw new IllegalArgumentException("margin must be in [0, 1], got " + margin);
    checkCosine("weak_lexicon", weakLexicon);
  }

  /**
   * Calibrated on the development set alone: for each category, the lowest cosine (in steps of
   * 0.02, with a 0.03 lead over the harmless examples) at which the embedding by itself flags at
   * most one of its 166 harmless prompts.
   */
  public static ModerationThresholds defaults() {
    Map<Category, Double> embedding = new EnumMap<>(Category.class);
    embedding.put(Category.SEXUAL_MINORS, 0.42);
    embedding.put(Category.SEXUAL, 0.40);
    embedding.put(Category.GRAPHIC_VIOLENCE, 0.42);
    embedding.put(Category.SELF_HARM, 0.56);
    embedding.put(Category.HATE, 0.40);
    embedding.put(Category.REAL_PERSON_LIKENESS, 0.40);
    embedding.put(Category.COPYRIGHTED_CHARACTER, 0.52);
    return new ModerationThresholds(embedding, 0.03, 0.40);
  }

  public double embedding(Category category) {
    return embedding.get(category);
  }

  /** {@code base} with whatever {@code file} sets replaced. */
  public static ModerationThresholds load(Path file, ModerationThresholds base) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (root == null || !root.isObject()) throw new IllegalArgumentException(file + " must hold a JSON object");
    Map<Category, Double> embedding = new EnumMap<>(base.embedding());
    JsonNode perCategory = root.path("embedding");
    for (Iterator<Map.Entry<String, JsonNode>> fields = perCategory.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      embedding.put(Category.fromId(field.getKey()), number(field.getValue(), "embedding." + field.getKey()));
    }
    double margin = root.has("margin") ? number(root.get("margin"), "margin") : base.margin();
    double weak = root.has("weak_lexicon") ? number(root.get("weak_lexicon"), "weak_lexicon") : base.weakLexicon();
    return new ModerationThresholds(embedding, margin, weak);
  }

  private static double number(JsonNode node, String name) {
    if (!node.isNumber()) throw new IllegalArgumentException("threshold " + name + " must be a number");
    return node.asDouble();
  }

  private static void checkCosine(String name, double value) {
    if (value < -1 || value > 1) throw new IllegalArgumentException("threshold " + name + " must be a cosine in [-1, 1], got " + value);
  }
}
