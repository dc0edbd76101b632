package dev.zoetrope.world.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The captions of one clip: a short user-style prompt, a detailed description in the style of
 * recaptioned training data, and paraphrases of the detailed one with other synonyms and sentence
 * orders. Training samples among {@link #all()}.
 */
public record Captions(String shortPrompt, String detailed, List<String> paraphrases) {
  public Captions {
    requireText(shortPrompt, "shortPrompt");
    requireText(detailed, "detailed");
    paraphrases = List.copyOf(Objects.requireNonNull(paraphrases, "paraphrases"));
    paraphrases.forEach(p -> requireText(p, "paraphrase"));
  }

  /** Short prompt, detailed caption, then the paraphrases. */
  public List<String> all() {
    List<String> all = new ArrayList<>();
    all.add(shortPrompt);
    all.add(detailed);
    all.addAll(paraphrases);
    return all;
  }

  /** Words separated by white space, counting only those with a letter or digit. */
  public static int wordCount(String text) {
    int count = 0;
    for (String token : text.trim().split("\\s+")) {
      if (token.chars().anyMatch(Character::isLetterOrDigit)) count++;
    }
    return count;
  }

  private static void requireText(String text, String name) {
    if (text == null || text.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
  }
}
