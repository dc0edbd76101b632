package dev.zoetrope.world.caption;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.world.caption.Vocabulary.Entry;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.SceneFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Arbitrary text never makes the parser throw, and never yields more objects than the world has. */
class CaptionParserFuzzTest {
  private static final List<String> WORDS = vocabularyWords();

  private static List<String> vocabularyWords() {
    List<String> words = new ArrayList<>(List.of(".", ",", "the", "of", "to", "and", "it", "from", "is"));
    for (Entry e : Vocabulary.standard().entries()) {
      words.addAll(e.seenWords());
      words.addAll(e.unseen());
    }
    return words;
  }

  @Test
  void randomCharactersNeverThrow() {
    Random random = new Random(11);
    for (int i = 0; i < 3000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(200);
      for (int k = 0; k < length; k++) s.append((char) random.nextInt(0x3000));
      check(CaptionParser.parse(s.toString()));
    }
  }

  @Test
  void randomVocabularySoupsNeverThrow() {
    Random random = new Random(12);
    for (int i = 0; i < 5000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(40);
      for (int k = 0; k < length; k++) s.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
      check(CaptionParser.parse(s.toString()));
    }
  }

  @Test
  void veryLongTextIsParsed() {
    Random random = new Random(13);
    StringBuilder s = new StringBuilder();
    while (s.length() < 2_000_000) s.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
    check(CaptionParser.parse(s.toString()));
    check(CaptionParser.parse("a".repeat(1_000_000)));
    check(CaptionParser.parse("ball ".repeat(100_000)));
  }

  private static void check(SceneFacts facts) {
    assertTrue(facts.objects().size() <= SceneDraft.MAX_OBJECTS, "objects " + facts.objects().size());
    for (ObjectFacts o : facts.objects()) {
      boolean directed = o.motion() == null || o.motion().needsDirection();
      assertTrue(directed || (o.direction() == null && o.speed() == null), o.toString());
      assertTrue(o.changesTo() == null || o.changesTo() != o.colour(), o.toString());
    }
  }
}
