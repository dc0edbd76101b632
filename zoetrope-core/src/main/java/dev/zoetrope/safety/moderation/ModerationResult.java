package dev.zoetrope.safety.moderation;

import java.util.List;
import java.util.Map;

/**
 * The verdict on one prompt.
 *
 * @param flagged whether generation must be refused
 * @param category the most severe flagged category's id, or null
 * @param score that category's score (1.0 for a strong lexicon match, else the cosine with its
 *     closest example); when not flagged, the highest score of any category
 * @param scores every category's score, by id
 * @param matches lexicon words that matched, e.g. ["nude", "child"]
 * @param normalized the prompt after undoing obfuscation, as the checks saw it
 */
public record ModerationResult(
    boolean flagged, String category, double score, Map<String, Double> scores, List<String> matches, String normalized) {
  public ModerationResult {
    scores = Map.copyOf(scores);
    matches = List.copyOf(matches);
    if (flagged && category == null) throw new IllegalArgumentException("a flagged result needs a category");
  }
}
