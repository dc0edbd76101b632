package dev.zoetrope.safety.moderation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Undoes the usual ways of sneaking words past a filter, so "K I L L", "k.i.l.l", "k1ll",
 * "kiiiill", "ｋｉｌｌ", "kіll" (Cyrillic і) and "ki\u200Bll" all read "kill": Unicode
 * compatibility folding, zero-width and format characters removed, Cyrillic and Greek lookalikes
 * mapped to Latin, accents stripped, leetspeak decoded inside words, letters spelled out with
 * spaces or punctuation joined; {@link #stretchVariants} then undoes stretched letters.
 */
public final class TextNormalizer {
  private static final Map<Character, Character> HOMOGLYPHS = homoglyphs();
  private static final Map<Character, Character> LEET = Map.ofEntries(
      Map.entry('0', 'o'), Map.entry('1', 'i'), Map.entry('3', 'e'), Map.entry('4', 'a'),
      Map.entry('5', 's'), Map.entry('7', 't'), Map.entry('8', 'b'), Map.entry('9', 'g'),
      Map.entry('@', 'a'), Map.entry('$', 's'), Map.entry('!', 'i'), Map.entry('|', 'l'),
      Map.entry('+', 't'), Map.entry('€', 'e'));
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u00AD\\u034F\\u115F\\u1160\\u17B4\\u17B5\\u3164\\uFFA0]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern LONG_RUNS = Pattern.compile("([a-z])\\1{2,}");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[.\\-_*~/\\\\,;:'\"`^=(){}\\[\\]<>?#%&]+");

  private TextNormalizer() {}

  /**
   * Normalised text, and the words that were spelled out letter by letter ("n u d e c h i l d"
   * gives "nudechild"): their word boundaries are lost, so the lexicon searches inside them.
   */
  public record Normalized(String text, List<String> spelledWords) {}

  /** Lowercase ASCII words separated by single spaces. */
  public static String normalize(String text) {
    return analyze(text).text();
  }

  public static Normalized analyze(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    folded = INVISIBLE.matcher(folded).replaceAll("");
    folded = mapHomoglyphs(folded.toLowerCase(Locale.ROOT));
    folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    List<String> tokens = new ArrayList<>();
    for (String token : folded.split("\\s+")) {
      if (!token.isEmpty()) tokens.add(decodeLeet(token));
    }
    String spaced = WORD_SEPARATORS.matcher(String.join(" ", tokens)).replaceAll(" ");
    List<String> spelled = new ArrayList<>();
    String joined = joinSpelledLetters(spaced.trim().split("\\s+"), spelled);
    String clean = joined.replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").trim();
    return new Normalized(clean, List.copyOf(spelled));
  }

  /**
   * Forms of normalised text with stretched letters undone: runs of three or more cut to one
   * ("kiiiill" → "kill") and to two ("killll" → "kill"), besides the text as is ("kkk" stays).
   * The first form is the one to embed.
   */
  public static java.util.List<String> stretchVariants(String normalized) {
    java.util.LinkedHashSet<String> forms = new java.util.LinkedHashSet<>();
    forms.add(LONG_RUNS.matcher(normalized).replaceAll("$1"));
    forms.add(LONG_RUNS.matcher(normalized).replaceAll("$1$1"));
    forms.add(normalized);
    return java.util.List.copyOf(forms);
  }

  /** Leetspeak only inside tokens that also hold letters, so "3 cats" and "1990" stay numbers. */
  static String decodeLeet(String token) {
    boolean hasLetter = token.chars().anyMatch(Character::isLetter);
    boolean hasLeet = token.chars().anyMatch(c -> LEET.containsKey((char) c));
    if (!hasLetter || !hasLeet) return token;
    // A final "!" or "$" is punctuation ("wow!") unless the word is leet elsewhere too ("n4z!").
    long leetCount = token.chars().filter(c -> LEET.containsKey((char) c)).count();
    StringBuilder out = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      boolean trailingPunctuation = (c == '!' || c == '$') && i == token.length() - 1 && leetCount == 1;
      out.append(trailingPunctuation ? c : LEET.getOrDefault(c, c));
    }
    return out.toString();
  }

  /** Joins three or more consecutive one-character tokens: "k i l l" → "kill". */
  static String joinSpelledLetters(String[] tokens, List<String> spelled) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.length) {
      int end = i;
      while (end < tokens.length && tokens[end].length() == 1) end++;
      if (end - i >= 3) {
        // A spelled-out word often follows the article: "a n a k e d" is "a" + "naked".
        int start = end - i >= 4 && (tokens[i].equals("a") || tokens[i].equals("i")) ? i + 1 : i;
        if (start > i) out.add(tokens[i]);
        String word = String.join("", java.util.Arrays.asList(tokens).subList(start, end));
        out.add(word);
        spelled.add(word.replaceAll("[^a-z]", ""));
        i = end;
      } else {
        out.add(tokens[i]);
        i++;
      }
    }
    return String.join(" ", out);
  }

  private static String mapHomoglyphs(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(HOMOGLYPHS.getOrDefault(c, c));
    }
    return out.toString();
  }

  /** Cyrillic and Greek letters (lowercase; text is lowercased first) that pass for Latin ones. */
  private static Map<Character, Character> homoglyphs() {
    String pairs = ""
        // Cyrillic
        + "аa" + "бb" + "вb" + "гr" + "дd" + "еe" + "ёe" + "зz" + "иu" + "йu" + "кk" + "лn" + "мm" + "нh"
        + "оo" + "пn" + "рp" + "сc" + "тt" + "уy" + "фf" + "хx" + "цu" + "чy" + "шw" + "щw" + "ъb"
        + "ыb" + "ьb" + "эe" + "юo" + "яr" + "іi" + "їi" + "јj" + "ѕs" + "ԁd" + "ԛq" + "ԝw" + "ӏl"
        + "һh" + "ҝk" + "ӄk" + "ғf" + "ҡk" + "үy" + "ӧo" + "ӓa" + "ӱy" + "ԍg"
        // Greek
        + "αa" + "βb" + "γy" + "δd" + "εe" + "ζz" + "ηn" + "θo" + "ιi" + "κk" + "λl" + "μu" + "νv"
        + "ξe" + "οo" + "πn" + "ρp" + "σo" + "ςs" + "τt" + "υu" + "φf" + "χx" + "ψw" + "ωw"
        + "άa" + "έe" + "ήn" + "ίi" + "όo" + "ύu" + "ώw" + "ϊi" + "ϋu"
        // Armenian
        + "սu" + "օo" + "ոn" + "հh" + "ցg" + "քp" + "աw"
        // Latin lookalikes outside ASCII
        + "ıi" + "ȷj" + "ɑa" + "ɡg" + "ℓl" + "ſs" + "ꞵb" + "ɩi";
    java.util.HashMap<Character, Character> map = new java.util.HashMap<>();
    for (int i = 0; i + 1 < pairs.length(); i += 2) map.put(pairs.charAt(i), pairs.charAt(i + 1));
    return Map.copyOf(map);
  }
}
