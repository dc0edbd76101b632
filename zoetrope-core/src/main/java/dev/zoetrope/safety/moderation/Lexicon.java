package dev.zoetrope.safety.moderation;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word and phrase patterns per category (resource {@code lexicon.tsv}): "strong" patterns flag on
 * their own, "weak" ones only count when the embedding agrees; benign idioms ("a shot glass",
 * "kill the lights") are cut out first; a list of words for children turns sexual content into the
 * sexual-minors category.
 */
public final class Lexicon {
  private static final String GROUPS = "(jews|jewish people|muslims|christians|black people|blacks|africans|asians|"
      + "chinese people|mexicans|latinos|immigrants|refugees|arabs|gay people|gays|lesbians|trans people|"
      + "transgender people|women|disabled people|gypsies|roma|hindus|sikhs|catholics|whites|white people)";

  /** What the lexicon found for one category: the strongest level and the words that matched. */
  public record Hit(boolean strong, List<String> matches) {}

  /** {@code inside} is the same pattern without word boundaries, for spelled-out words. */
  private record Entry(Category category, boolean strong, Pattern pattern, Pattern inside) {}

  private final List<Pattern> allowed = new ArrayList<>();
  private final List<Entry> entries = new ArrayList<>();
  private final List<Pattern> minorTerms = new ArrayList<>();
  private final List<Pattern> minorInside = new ArrayList<>();

  private Lexicon() {}

  /** The lexicon shipped with Zoetrope. */
  public static Lexicon standard() {
    try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv")) {
      if (in == null) throw new IllegalStateException("lexicon.tsv missing from the classpath");
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Lexicon parse(List<String> lines) {
    Lexicon lexicon = new Lexicon();
    int number = 0;
    for (String line : lines) {
      number++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] columns = line.split("\t");
      if (columns.length != 3) throw new IllegalArgumentException("lexicon line " + number + ": expected 3 tab-separated columns");
      String regex = columns[2].replace("{GROUP}", GROUPS);
      Pattern pattern = wholeWords(regex);
      switch (columns[0]) {
        case "allow" -> lexicon.allowed.add(pattern);
        case "minor" -> {
          lexicon.minorTerms.add(pattern);
          lexicon.minorInside.add(Pattern.compile(regex));
        }
        default -> lexicon.entries.add(
            new Entry(Category.fromId(columns[0]), strength(columns[1], number), pattern, Pattern.compile(regex)));
      }
    }
    return lexicon;
  }

  /** Hits per category over every stretch variant of the normalised text and inside spelled words. */
  public Map<Category, Hit> match(TextNormalizer.Normalized normalized) {
    Map<Category, Hit> hits = new EnumMap<>(Category.class);
    for (String form : TextNormalizer.stretchVariants(normalized.text())) {
      String text = withoutAllowed(form);
      for (Entry entry : entries) record(hits, entry, entry.pattern().matcher(text));
    }
    for (String word : normalized.spelledWords()) {
      for (Entry entry : entries) record(hits, entry, entry.inside().matcher(word));
    }
    return hits;
  }

  private static void record(Map<Category, Hit> hits, Entry entry, Matcher matcher) {
    while (matcher.find()) {
      Hit previous = hits.get(entry.category());
      List<String> matches = new ArrayList<>(previous == null ? List.of() : previous.matches());
      if (!matches.contains(matcher.group().trim())) matches.add(matcher.group().trim());
      boolean strong = entry.strong() || (previous != null && previous.strong());
      hits.put(entry.category(), new Hit(strong, List.copyOf(matches)));
    }
  }

  /** Whether the text mentions a child (for the sexual-minors rule). */
  public boolean mentionsMinor(TextNormalizer.Normalized normalized) {
    for (String form : TextNormalizer.stretchVariants(normalized.text())) {
      String text = withoutAllowed(form);
      for (Pattern pattern : minorTerms) if (pattern.matcher(text).find()) return true;
    }
    for (String word : normalized.spelledWords()) {
      for (Pattern pattern : minorInside) if (pattern.matcher(word).find()) return true;
    }
    return false;
  }

  private String withoutAllowed(String text) {
    String out = " " + text + " ";
    for (Pattern pattern : allowed) out = pattern.matcher(out).replaceAll(" ");
    return out;
  }

  private static Pattern wholeWords(String regex) {
    return Pattern.compile("(?<![a-z0-9])(?:" + regex + ")(?![a-z0-9])");
  }

  private static boolean strength(String column, int number) {
    return switch (column) {
      case "strong" -> true;
      case "weak" -> false;
      default -> throw new IllegalArgumentException("lexicon line " + number + ": strength must be strong or weak");
    };
  }
}
