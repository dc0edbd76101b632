package dev.zoetrope.world.caption;

import dev.zoetrope.world.caption.Inflection.Form;
import dev.zoetrope.world.caption.Term.AndTerm;
import dev.zoetrope.world.caption.Term.DirectionTerm;
import dev.zoetrope.world.caption.Vocabulary.Entry;
import dev.zoetrope.world.scene.Direction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every surface form of every vocabulary phrase (plurals, verb forms), matched longest-first over
 * the tokens of a text. Unknown words are dropped, so "a shiny red ball" reads as "a red ball".
 */
final class Lexicon {
  /** A recognised phrase: its meaning, grammatical form and whether the captioner may emit it. */
  record Lexeme(Term term, Form form, boolean unseen, String surface) {}

  private static final Lexicon STANDARD = new Lexicon(Vocabulary.standard());

  private final Map<String, Lexeme> bySurface = new HashMap<>();
  private int longestPhrase = 1;

  Lexicon(Vocabulary vocabulary) {
    for (Entry entry : vocabulary.entries()) {
      for (String word : entry.seenWords()) addAllForms(entry, word, false);
      for (String word : entry.unseen()) addAllForms(entry, word, true);
    }
  }

  static Lexicon standard() {
    return STANDARD;
  }

  /** The recognised phrases of a text, in order, with split diagonals merged ("up", "and", "left"). */
  List<Lexeme> read(String text) {
    List<String> tokens = Tokenizer.tokens(text);
    List<Lexeme> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      for (int length = Math.min(longestPhrase, tokens.size() - i); length >= 1 && matched == 0; length--) {
        Lexeme lexeme = bySurface.get(String.join(" ", tokens.subList(i, i + length)));
        if (lexeme != null && length > 1 && splitsRelation(lexeme, tokens, i + length)) continue;
        if (lexeme != null) {
          out.add(lexeme);
          matched = length;
        }
      }
      i += Math.max(matched, 1);
    }
    return mergeDiagonals(out);
  }

  /** "down left of": a diagonal followed by "of" is really a direction and a relation. */
  private static boolean splitsRelation(Lexeme lexeme, List<String> tokens, int next) {
    return lexeme.term() instanceof DirectionTerm && next < tokens.size() && tokens.get(next).equals("of");
  }

  /** Number of distinct surface forms. */
  int surfaceCount() {
    return bySurface.size();
  }

  private void addAllForms(Entry entry, String phrase, boolean unseen) {
    String normal = String.join(" ", Tokenizer.tokens(phrase));
    switch (entry.wordClass()) {
      case WORD -> put(normal, new Lexeme(entry.term(), Form.PLAIN, unseen, normal));
      case NOUN -> {
        put(normal, new Lexeme(entry.term(), Form.SINGULAR, unseen, normal));
        String plural = Inflection.plural(normal);
        put(plural, new Lexeme(entry.term(), Form.PLURAL, unseen, plural));
      }
      case VERB -> Inflection.verbForms(normal).forEach((form, surfaces) -> {
        for (String s : surfaces) put(s, new Lexeme(entry.term(), form, unseen, s));
      });
    }
  }

  private void put(String surface, Lexeme lexeme) {
    Lexeme old = bySurface.get(surface);
    if (old != null && !old.term().equals(lexeme.term())) {
      throw new IllegalStateException("'" + surface + "' means both " + old.term() + " and " + lexeme.term());
    }
    if (old == null || (old.unseen() && !lexeme.unseen())) bySurface.put(surface, lexeme);
    longestPhrase = Math.max(longestPhrase, surface.split(" ").length);
  }

  /** "up and to the left", "top left", "upper-left": a vertical and a horizontal side by side. */
  private static List<Lexeme> mergeDiagonals(List<Lexeme> lexemes) {
    List<Lexeme> out = new ArrayList<>();
    for (int i = 0; i < lexemes.size(); i++) {
      Lexeme first = lexemes.get(i);
      int next = i + 1;
      if (next < lexemes.size() && lexemes.get(next).term() instanceof AndTerm) next++;
      if (next < lexemes.size()
          && first.term() instanceof DirectionTerm a
          && lexemes.get(next).term() instanceof DirectionTerm b) {
        Direction diagonal = diagonal(a.direction(), b.direction());
        if (diagonal != null) {
          out.add(new Lexeme(new DirectionTerm(diagonal), Form.PLAIN, first.unseen(), first.surface()));
          i = next;
          continue;
        }
      }
      out.add(first);
    }
    return out;
  }

  private static Direction diagonal(Direction a, Direction b) {
    Direction vertical = a.dx() == 0 ? a : b;
    Direction horizontal = a.dy() == 0 ? a : b;
    if (vertical == horizontal || vertical.dx() != 0 || horizontal.dy() != 0) return null;
    return Direction.nearest(horizontal.dx(), vertical.dy());
  }
}
