package dev.zoetrope.world.caption;

import dev.zoetrope.world.scene.SceneFacts;
import java.util.List;

/**
 * Reads the world's language back into facts: canonical words, seen and unseen synonyms, any case
 * and punctuation, plurals and counts ("two red balls" is two objects). Unknown words are ignored;
 * a fact the text does not state stays null. Never throws: arbitrary text gives some (possibly
 * empty) facts.
 *
 * <pre>
 *   parse("a large red ball bounces while a blue box glides slowly to the left")
 *     → ball(red, large, BOUNCE), box(blue, MOVE LEFT SLOW)
 * </pre>
 */
public final class CaptionParser {
  /** Longer text is cut: no caption of this world needs more, and parsing stays fast. */
  static final int MAX_CHARS = 20_000;

  private CaptionParser() {}

  public static SceneFacts parse(String text) {
    if (text == null || text.isBlank()) return new SceneFacts(List.of(), null, null, null, null);
    String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    return new ParseState().read(Lexicon.standard().read(bounded)).toFacts();
  }
}
