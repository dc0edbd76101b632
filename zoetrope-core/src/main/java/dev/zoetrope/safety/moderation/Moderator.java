package dev.zoetrope.safety.moderation;

import dev.zoetrope.text.TextEncoder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prompt check before every generation: normalise against obfuscation, match the lexicon,
 * compare the MiniLM sentence vector with curated examples, decide per category with
 * {@link ModerationThresholds}. Sexual content that mentions a child is reported as
 * {@code sexual_minors}. Thread-safe.
 */
public final class Moderator {
  private static volatile Moderator shared;

  private final TextEncoder encoder;
  private final Lexicon lexicon;
  private final ExemplarIndex exemplars;
  private final ModerationThresholds thresholds;
  private final PersonNames names = PersonNames.standard();

  public Moderator(TextEncoder encoder, Lexicon lexicon, ExemplarIndex exemplars, ModerationThresholds thresholds) {
    this.encoder = encoder;
    this.lexicon = lexicon;
    this.exemplars = exemplars;
    this.thresholds = thresholds;
  }

  /** The standard lexicon and examples on the shared text encoder, with the given thresholds. */
  public static Moderator standard(ModerationThresholds thresholds) {
    TextEncoder encoder = TextEncoder.shared();
    return new Moderator(encoder, Lexicon.standard(), ExemplarIndex.standard(encoder), thresholds);
  }

  /** One process-wide moderator with default thresholds (or a file named by {@code thresholds}). */
  public static Moderator shared() {
    Moderator moderator = shared;
    if (moderator == null) {
      synchronized (Moderator.class) {
        if (shared == null) shared = standard(ModerationThresholds.defaults());
        moderator = shared;
      }
    }
    return moderator;
  }

  public static Moderator withThresholdsFile(Path file) throws IOException {
    return standard(ModerationThresholds.load(file, ModerationThresholds.defaults()));
  }

  public ModerationThresholds thresholds() {
    return thresholds;
  }

  public ModerationResult check(String prompt) {
    if (prompt == null) throw new IllegalArgumentException("prompt is required");
    TextNormalizer.Normalized normalized = TextNormalizer.analyze(prompt);
    Map<Category, Lexicon.Hit> hits = lexicon.match(normalized);
    addNameHit(hits, prompt, normalized.text());
    ExemplarIndex.Similarities similarity = exemplars.similarities(encoder.encode(ExemplarIndex.embeddingText(prompt)).pooled());
    Map<Category, Double> scores = new EnumMap<>(Category.class);
    Map<Category, Boolean> flags = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      Lexicon.Hit hit = hits.get(category);
      double cosine = similarity.of(category);
      double lead = cosine - similarity.harmless();
      boolean strong = hit != null && hit.strong();
      boolean byEmbedding = cosine >= thresholds.embedding(category) && lead >= thresholds.margin();
      boolean byWeakWord = hit != null && cosine >= thresholds.weakLexicon() && lead > 0;
      flags.put(category, strong || byEmbedding || byWeakWord);
      scores.put(category, strong ? 1.0 : cosine);
    }
    applyMinorsRule(flags, scores, hits, lexicon.mentionsMinor(normalized));
    return verdict(flags, scores, hits, normalized.text());
  }

  /**
   * Sexual minors needs a child in the text: an explicit term, or any sexual signal (even a weak
   * word) next to a word for a child. The embedding alone never decides it, since "two adults"
   * and "a child" sit close in a sentence space.
   */
  private static void applyMinorsRule(
      Map<Category, Boolean> flags, Map<Category, Double> scores, Map<Category, Lexicon.Hit> hits, boolean minor) {
    Lexicon.Hit explicit = hits.get(Category.SEXUAL_MINORS);
    boolean sexualSignal = flags.get(Category.SEXUAL) || hits.containsKey(Category.SEXUAL);
    boolean flagged = (explicit != null && explicit.strong()) || (minor && sexualSignal);
    flags.put(Category.SEXUAL_MINORS, flagged);
    if (flagged) scores.put(Category.SEXUAL_MINORS, Math.max(scores.get(Category.SEXUAL_MINORS), scores.get(Category.SEXUAL)));
  }

  private void addNameHit(Map<Category, Lexicon.Hit> hits, String prompt, String normalized) {
    PersonNames.Finding finding = names.find(prompt, normalized);
    if (finding == PersonNames.Finding.NONE) return;
    Lexicon.Hit previous = hits.get(Category.REAL_PERSON_LIKENESS);
    boolean strong = finding == PersonNames.Finding.REALISTIC_DEPICTION || (previous != null && previous.strong());
    List<String> matches = new ArrayList<>(previous == null ? List.of() : previous.matches());
    matches.add("a person's full name");
    hits.put(Category.REAL_PERSON_LIKENESS, new Lexicon.Hit(strong, List.copyOf(matches)));
  }

  private static ModerationResult verdict(
      Map<Category, Boolean> flags, Map<Category, Double> scores, Map<Category, Lexicon.Hit> hits, String normalized) {
    Category chosen = flags.get(Category.SEXUAL_MINORS) ? Category.SEXUAL_MINORS : null;
    // A category named by a strong word beats one only the embedding suspects; then severity.
    for (Category category : Category.values()) {
      if (chosen == null && flags.get(category) && hits.containsKey(category) && hits.get(category).strong()) chosen = category;
    }
    for (Category category : Category.values()) {
      if (chosen == null && flags.get(category)) chosen = category;
    }
    double top = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    Map<String, Double> byId = new LinkedHashMap<>();
    scores.forEach((category, score) -> byId.put(category.id(), Math.round(score * 1000) / 1000.0));
    List<String> matches = new ArrayList<>();
    hits.values().forEach(hit -> hit.matches().stream().filter(m -> !matches.contains(m)).forEach(matches::add));
    return new ModerationResult(
        chosen != null, chosen == null ? null : chosen.id(), chosen == null ? top : scores.get(chosen), byId, matches, normalized);
  }
}
