package dev.zoetrope.world.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.world.caption.Lexicon.Lexeme;
import dev.zoetrope.world.caption.Vocabulary.Entry;
import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaptionerTest {
  @Test
  void sameFactsAndSeedGiveTheSameCaptions() {
    Random random = new Random(3);
    for (int i = 0; i < 200; i++) {
      SceneFacts facts = RandomFacts.facts(random);
      assertEquals(Captioner.captions(facts, i), Captioner.captions(facts, i));
      assertEquals(Captioner.unseenParaphrase(facts, i), Captioner.unseenParaphrase(facts, i));
    }
  }

  @Test
  void differentSeedsVaryTheWording() {
    SceneFacts facts = RandomFacts.facts(new Random(4));
    Set<String> detailed = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) detailed.add(Captioner.captions(facts, seed).detailed());
    assertTrue(detailed.size() > 10, "only " + detailed.size() + " distinct captions in 20 seeds");
  }

  @Test
  void wordLimitsAndParaphraseCount() {
    Random random = new Random(5);
    for (int i = 0; i < 2000; i++) {
      Captions c = Captioner.captions(RandomFacts.facts(random), i);
      assertTrue(Captions.wordCount(c.shortPrompt()) <= Captioner.SHORT_MAX_WORDS, c.shortPrompt());
      assertTrue(Captions.wordCount(c.detailed()) >= Captioner.DETAILED_MIN_WORDS, c.detailed());
      assertTrue(c.paraphrases().size() >= 3);
      assertEquals(2 + c.paraphrases().size(), c.all().size());
      assertEquals(c.all().size(), new HashSet<>(c.all()).size(), "captions of one clip differ: " + c.all());
    }
  }

  @Test
  void paraphrasesChangeTheSentenceOrder() {
    Random random = new Random(6);
    int cameraFirst = 0;
    for (int i = 0; i < 100; i++) {
      SceneFacts facts = RandomFacts.facts(random);
      Captions c = Captioner.captions(facts, i);
      String first = c.paraphrases().get(0).toLowerCase();
      if (first.startsWith("the camera") || first.startsWith("the shot") || first.startsWith("panning")) cameraFirst++;
      assertNotEquals(c.detailed(), c.paraphrases().get(0));
    }
    assertEquals(100, cameraFirst, "the first paraphrase opens with the camera");
  }

  @Test
  void captionsUseOnlySeenWordsAndUseEveryOne() {
    Lexicon lexicon = Lexicon.standard();
    Set<Term> seenTermsUsed = new HashSet<>();
    Set<String> surfacesUsed = new HashSet<>();
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      SceneFacts facts = RandomFacts.facts(random);
      for (String text : Captioner.all(facts, i)) {
        for (Lexeme lexeme : lexicon.read(text)) {
          assertTrue(!lexeme.unseen(), "unseen '" + lexeme.surface() + "' in: " + text);
          seenTermsUsed.add(lexeme.term());
          surfacesUsed.add(lexeme.surface());
        }
      }
    }
    List<String> neverUsed = new ArrayList<>();
    for (Entry e : Vocabulary.standard().entries()) {
      if (List.of("count", "grammar").contains(e.group())) continue;
      for (String word : e.seenWords()) {
        String normal = String.join(" ", Tokenizer.tokens(word));
        boolean used = surfacesUsed.stream().anyMatch(s -> s.equals(normal) || s.startsWith(stem(normal)));
        if (!used) neverUsed.add(word);
      }
    }
    assertTrue(neverUsed.isEmpty(), "seen words the captioner never writes: " + neverUsed);
  }

  /** The verb's stem without its last letter, so "bounce" matches "bounces" and "bouncing". */
  private static String stem(String phrase) {
    String head = phrase.split(" ")[0];
    return head.length() > 3 ? head.substring(0, head.length() - 1) : head;
  }

  @Test
  void unseenParaphrasesUseUnseenWords() {
    Random random = new Random(8);
    int unseen = 0;
    int total = 0;
    for (int i = 0; i < 300; i++) {
      for (Lexeme lexeme : Lexicon.standard().read(Captioner.unseenParaphrase(RandomFacts.facts(random), i))) {
        total++;
        if (lexeme.unseen()) unseen++;
      }
    }
    assertTrue(unseen > total / 4, unseen + " unseen of " + total + " recognised phrases");
  }

  @Test
  void incompleteFactsAreRejectedWithTheReason() {
    ObjectFacts creatureWithoutFace = new ObjectFacts(Shape.CREATURE, dev.zoetrope.world.scene.Colour.RED,
        dev.zoetrope.world.scene.Size.SMALL, null, dev.zoetrope.world.scene.MotionKind.SPIN, null, null, null);
    SceneFacts facts = new SceneFacts(List.of(creatureWithoutFace), Background.SKY, Camera.STATIC, null, null);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Captioner.captions(facts, 1));
    assertTrue(e.getMessage().contains("creature needs an expression"), e.getMessage());
  }
}
