package dev.zoetrope.world.caption;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The world's language: for every meaning ({@link Term}) a canonical word, the synonyms the
 * {@link Captioner} uses ("seen": they appear in training captions) and synonyms it never emits
 * ("unseen": only the {@link CaptionParser} knows them, so a paraphrase suite can test whether a
 * model generalises beyond its training words). docs/vocabulary.md lists it all.
 */
public final class Vocabulary {
  /** How an entry's phrases inflect. */
  public enum WordClass {
    /** Plural forms are added ("ball" → "balls"); the last word is inflected. */
    NOUN,
    /** Verb forms are added ("bounce" → "bounces", "bouncing", "bounced"); the first word is. */
    VERB,
    /** Used exactly as written. */
    WORD
  }

  /** Which synonyms a caption may draw from. */
  public enum Lexis {
    /** Canonical words and seen synonyms: the captions the model trains on. */
    SEEN,
    /** Unseen synonyms where an entry has any, else the seen ones: the paraphrase suite. */
    UNSEEN
  }

  /**
   * One meaning in one word class. {@code canonical} is null for parser-only entries (every word
   * of such an entry is unseen).
   */
  public record Entry(
      String group, Term term, WordClass wordClass, String canonical, List<String> seen, List<String> unseen) {
    public Entry {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(term, "term");
      Objects.requireNonNull(wordClass, "wordClass");
      seen = List.copyOf(seen);
      unseen = List.copyOf(unseen);
      if (canonical == null && !seen.isEmpty()) {
        throw new IllegalArgumentException("an entry with seen synonyms needs a canonical word: " + term);
      }
      if (canonical == null && unseen.isEmpty()) throw new IllegalArgumentException("empty entry " + term);
    }

    /** Canonical word first, then the seen synonyms. */
    public List<String> seenWords() {
      List<String> words = new ArrayList<>();
      if (canonical != null) words.add(canonical);
      words.addAll(seen);
      return words;
    }

    /** The words a caption of the given lexis picks from. */
    public List<String> words(Lexis lexis) {
      return lexis == Lexis.UNSEEN && !unseen.isEmpty() ? unseen : seenWords();
    }
  }

  private static final Vocabulary STANDARD = new Vocabulary(StandardVocabulary.entries());

  private final List<Entry> entries;
  private final Map<Term, Map<WordClass, Entry>> index = new HashMap<>();

  Vocabulary(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry e : this.entries) {
      if (e.canonical() != null) {
        index.computeIfAbsent(e.term(), t -> new EnumMap<>(WordClass.class)).putIfAbsent(e.wordClass(), e);
      }
    }
  }

  /** The vocabulary of the synthetic world. */
  public static Vocabulary standard() {
    return STANDARD;
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The entry for a meaning in a word class; throws if the vocabulary has none. */
  public Entry entry(Term term, WordClass wordClass) {
    Entry e = index.getOrDefault(term, Map.of()).get(wordClass);
    if (e != null) return e;
    throw new IllegalArgumentException("no " + wordClass + " entry for " + term);
  }

  /** Every entry of a meaning, in every word class. */
  public List<Entry> entries(Term term) {
    return entries.stream().filter(e -> e.term().equals(term)).toList();
  }

  /** Words (as listed, before inflection) the captioner may emit for a meaning. */
  public Set<String> seenWords(Term term) {
    Set<String> out = new LinkedHashSet<>();
    entries(term).forEach(e -> out.addAll(e.seenWords()));
    return out;
  }

  /** Words only the parser knows for a meaning. */
  public Set<String> unseenWords(Term term) {
    Set<String> out = new LinkedHashSet<>();
    entries(term).forEach(e -> out.addAll(e.unseen()));
    return out;
  }

  /** Distinct listed words and phrases (canonical + seen + unseen), before inflection. */
  public int size() {
    Set<String> all = new LinkedHashSet<>();
    for (Entry e : entries) {
      all.addAll(e.seenWords());
      all.addAll(e.unseen());
    }
    return all.size();
  }
}
