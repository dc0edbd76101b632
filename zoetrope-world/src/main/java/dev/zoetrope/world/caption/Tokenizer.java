package dev.zoetrope.world.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lower-case word tokens. Sentence punctuation becomes the token ".", commas ",";
 * apostrophes vanish ("doesn't" → "doesnt") and hyphens split words ("medium-sized" → "medium",
 * "sized"), so every way of writing a compound meets the same lexicon entry.
 */
final class Tokenizer {
  private Tokenizer() {}

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) return tokens;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (c == '\'' || c == '\u2019') {
        continue;
      } else {
        flush(word, tokens);
        if (c == '.' || c == ';' || c == '!' || c == '?' || c == ':' || c == '\n') {
          tokens.add(".");
        } else if (c == ',') {
          tokens.add(",");
        }
      }
    }
    flush(word, tokens);
    return tokens;
  }

  private static void flush(StringBuilder word, List<String> tokens) {
    if (word.length() > 0) {
      tokens.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }
}
