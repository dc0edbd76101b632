package dev.zoetrope.world.caption;

import static dev.zoetrope.world.caption.Vocabulary.WordClass.NOUN;
import static dev.zoetrope.world.caption.Vocabulary.WordClass.VERB;
import static dev.zoetrope.world.caption.Vocabulary.WordClass.WORD;

import dev.zoetrope.world.caption.Term.*;
import dev.zoetrope.world.caption.Vocabulary.Lexis;
import dev.zoetrope.world.caption.Vocabulary.WordClass;
import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.Speed;
import java.util.List;
import java.util.Random;

/**
 * Words and phrases for single facts, drawn at random (from the caller's seeded {@link Random})
 * from the vocabulary's seen or unseen synonyms. Sentences are assembled elsewhere.
 */
final class Phrasing {
  private final Random random;
  private final Lexis lexis;
  private final Vocabulary vocabulary = Vocabulary.standard();

  Phrasing(Random random, Lexis lexis) {
    this.random = random;
    this.lexis = lexis;
  }

  Random random() {
    return random;
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  boolean coin() {
    return random.nextBoolean();
  }

  private List<String> words(Term term, WordClass wordClass) {
    return vocabulary.entry(term, wordClass).words(lexis);
  }

  // ---- objects ----

  String shapeNoun(Shape shape) {
    return pick(words(new ShapeTerm(shape), NOUN));
  }

  String genericNoun(boolean plural) {
    String noun = pick(words(new ShapeTerm(null), NOUN));
    return plural ? Inflection.plural(noun) : noun;
  }

  String colour(Colour colour) {
    return pick(words(new ColourTerm(colour), WORD));
  }

  String size(Size size) {
    return pick(words(new SizeTerm(size), WORD));
  }

  /** Only words that stand before a noun ("grinning", not "with a smile" or "smiles"). */
  String expression(Expression expression) {
    List<String> adjectives =
        words(new ExpressionTerm(expression), WORD).stream()
            .filter(w -> !w.contains(" ") && !w.endsWith("s"))
            .toList();
    return pick(adjectives);
  }

  /** "small smiling green creature": adjectives in English order, no article. */
  String nounPhrase(ObjectFacts o, boolean withSize, boolean withExpression) {
    StringBuilder s = new StringBuilder();
    if (withSize) s.append(size(o.size())).append(' ');
    if (withExpression && o.expression() != null) s.append(expression(o.expression())).append(' ');
    if (o.colour() != null) s.append(colour(o.colour())).append(' ');
    return s.append(shapeNoun(o.shape())).toString();
  }

  static String withArticle(String phrase) {
    return ("aeiou".indexOf(phrase.charAt(0)) >= 0 ? "an " : "a ") + phrase;
  }

  // ---- motion ----

  /** The motion as a verb phrase in the third person ("glides slowly to the left") or -ing form. */
  String motion(ObjectFacts o, boolean ing) {
    MotionKind kind = o.motion();
    return switch (kind) {
      case STILL -> stillPhrase(ing);
      case MOVE -> travel(o.direction(), o.speed(), ing);
      case ROLL -> arrange(verb(MotionKind.ROLL, ing), heading(o.direction()), speed(o.speed()));
      case ENTER -> enter(o.direction(), o.speed(), ing);
      case LEAVE -> leave(o.direction(), o.speed(), ing);
      default -> verb(kind, ing);
    };
  }

  /** "stays still", "does not move", "remaining still". */
  String stillPhrase(boolean ing) {
    if (!ing && coin()) return pick(words(new MotionTerm(MotionKind.STILL, null), WORD));
    return inflect(pick(words(new MotionTerm(MotionKind.STILL, null), VERB)), ing);
  }

  private String verb(MotionKind kind, boolean ing) {
    return inflect(pick(words(new MotionTerm(kind, null), VERB)), ing);
  }

  private static String inflect(String lemma, boolean ing) {
    return ing ? Inflection.ing(lemma) : Inflection.third(lemma);
  }

  /** A move; unseen captions sometimes say "rises" / "sinks" and keep only the sideways part. */
  private String travel(Direction d, Speed s, boolean ing) {
    if (lexis == Lexis.UNSEEN && d.dy() != 0 && coin()) {
      Direction implied = d.dy() < 0 ? Direction.UP : Direction.DOWN;
      String verb = inflect(pick(vocabulary.entries(new MotionTerm(MotionKind.MOVE, implied)).get(0).unseen()), ing);
      String sideways = d.dx() == 0 ? "" : heading(d.dx() < 0 ? Direction.LEFT : Direction.RIGHT);
      return arrange(verb, sideways, speed(s));
    }
    return arrange(verb(MotionKind.MOVE, ing), heading(d), speed(s));
  }

  private String enter(Direction d, Speed s, boolean ing) {
    String from = "from " + source(d);
    return switch (random.nextInt(3)) {
      case 0 -> join(enterVerb(ing), from, speed(s));
      case 1 -> adverbFirst(speed(s), join(enterVerb(ing), from));
      default -> join(verb(MotionKind.MOVE, ing), frameEdge(MotionKind.ENTER), from, speed(s));
    };
  }

  private String enterVerb(boolean ing) {
    String lemma = pick(words(new MotionTerm(MotionKind.ENTER, null), VERB));
    return inflect(lemma, ing) + (lemma.equals("enter") ? " the frame" : "");
  }

  private String leave(Direction d, Speed s, boolean ing) {
    if (coin()) {
      return join(verb(MotionKind.MOVE, ing), frameEdge(MotionKind.LEAVE), heading(d), speed(s));
    }
    String lemma = pick(words(new MotionTerm(MotionKind.LEAVE, null), VERB));
    String verb = inflect(lemma, ing) + (lemma.equals("leave") || lemma.equals("exit") ? " the frame" : "");
    return arrange(verb, heading(d), speed(s));
  }

  private String frameEdge(MotionKind kind) {
    return pick(words(new FrameEdgeTerm(kind), WORD));
  }

  /** Verb, direction and speed in one of the orders English allows ("quickly rolls left"). */
  private String arrange(String verb, String direction, String speed) {
    return switch (random.nextInt(3)) {
      case 0 -> join(verb, direction, speed);
      case 1 -> join(verb, speed, direction);
      default -> adverbFirst(speed, join(verb, direction));
    };
  }

  /** An -ly adverb may go before the verb; "fast" or "at a crawl" may not. */
  private static String adverbFirst(String speed, String rest) {
    return speed.endsWith("ly") && !speed.contains(" ") ? join(speed, rest) : join(rest, speed);
  }

  /** A direction of travel: "to the left", "upward", "down and right" (never "top"). */
  String heading(Direction d) {
    List<String> headings =
        words(new DirectionTerm(d), WORD).stream()
            .filter(w -> !w.contains("top") && !w.contains("bottom") && !w.equals("upper") && !w.equals("lower"))
            .toList();
    return pick(headings);
  }

  /** Where a motion in direction d starts: "the left" for a move to the right. */
  String source(Direction d) {
    String vertical = d.dy() < 0 ? "bottom" : d.dy() > 0 ? "top" : "";
    String horizontal = d.dx() < 0 ? "right" : d.dx() > 0 ? "left" : "";
    return "the " + join(vertical, horizontal);
  }

  String speed(Speed s) {
    return pick(words(new SpeedTerm(s), WORD));
  }

  /** The colour change as a verb phrase: "turns blue", "changing from red to blue". */
  String change(ObjectFacts o, boolean ing) {
    String lemma = pick(words(new ChangeTerm(), VERB));
    String verb = inflect(lemma, ing);
    String target = colour(o.changesTo());
    String link = switch (lemma) {
      case "change", "switch", "fade" -> "to ";
      case "transform", "morph" -> "into ";
      default -> "";
    };
    if (!lemma.equals("turn") && !lemma.equals("become") && coin()) {
      return verb + " from " + colour(o.colour()) + " to " + target;
    }
    return verb + " " + link + target;
  }

  // ---- the scene ----

  String setting(Background b) {
    return SettingPhrases.phrase(pick(words(new BackgroundTerm(b), WORD)));
  }

  String occluder(OccluderKind kind) {
    return pick(words(new OccluderTerm(kind), NOUN));
  }

  String relation(Relation r) {
    return pick(words(new RelationTerm(r), WORD));
  }

  String cameraNoun() {
    return pick(words(new CameraTerm(), NOUN));
  }

  String stillAdjective() {
    return pick(words(new StillTerm(), WORD));
  }

  String panVerb(boolean ing) {
    return inflect(pick(words(new PanTerm(), VERB)), ing);
  }

  String zoomVerb(dev.zoetrope.world.scene.Camera zoom, boolean ing) {
    return inflect(pick(words(new CameraMoveTerm(zoom), VERB)), ing);
  }

  /** "two", "a pair of", "three"; "one" for a single object. */
  String count(int n) {
    List<String> options = words(new CountTerm(n), WORD);
    List<String> standalone =
        options.stream()
            .filter(w -> !w.equals("a") && !w.equals("an") && !w.equals("another"))
            .filter(w -> !w.endsWith(" of") || w.startsWith("a "))
            .filter(w -> !w.equals("single"))
            .toList();
    return pick(standalone.isEmpty() ? List.of(n == 1 ? "one" : n == 2 ? "two" : "three") : standalone);
  }

  static String join(String... parts) {
    StringBuilder s = new StringBuilder();
    for (String p : parts) {
      if (p == null || p.isEmpty()) continue;
      if (s.length() > 0) s.append(' ');
      s.append(p);
    }
    return s.toString();
  }
}
