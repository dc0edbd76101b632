package dev.zoetrope.world.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.world.caption.Term.*;
import dev.zoetrope.world.caption.Vocabulary.Entry;
import dev.zoetrope.world.caption.Vocabulary.WordClass;
import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.Speed;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private final Vocabulary vocabulary = Vocabulary.standard();

  @Test
  void everySceneValueHasItsOwnWordAsCanonical() {
    for (Shape s : Shape.values()) assertCanonical(new ShapeTerm(s), WordClass.NOUN, s.word());
    for (Colour c : Colour.values()) assertCanonical(new ColourTerm(c), WordClass.WORD, c.word());
    for (Size s : Size.values()) assertCanonical(new SizeTerm(s), WordClass.WORD, s.word());
    assertCanonical(new ExpressionTerm(Expression.SMILE), WordClass.WORD, Expression.SMILE.word());
    assertCanonical(new ExpressionTerm(Expression.FROWN), WordClass.WORD, Expression.FROWN.word());
    for (Direction d : Direction.values()) assertCanonical(new DirectionTerm(d), WordClass.WORD, d.word());
    for (Speed s : Speed.values()) assertCanonical(new SpeedTerm(s), WordClass.WORD, s.word());
    for (Background b : Background.values()) assertCanonical(new BackgroundTerm(b), WordClass.WORD, b.word());
    for (OccluderKind o : OccluderKind.values()) assertCanonical(new OccluderTerm(o), WordClass.NOUN, o.word());
    for (Relation r : Relation.values()) assertCanonical(new RelationTerm(r), WordClass.WORD, r.word());
    for (MotionKind k : MotionKind.values()) vocabulary.entry(new MotionTerm(k, null), WordClass.VERB);
    vocabulary.entry(new CameraMoveTerm(Camera.ZOOM_IN), WordClass.VERB);
    vocabulary.entry(new CameraMoveTerm(Camera.ZOOM_OUT), WordClass.VERB);
    vocabulary.entry(new PanTerm(), WordClass.VERB);
    vocabulary.entry(new StillTerm(), WordClass.WORD);
  }

  private void assertCanonical(Term term, WordClass wordClass, String word) {
    assertEquals(word, vocabulary.entry(term, wordClass).canonical(), term.toString());
  }

  @Test
  void seenAndUnseenWordsOfAMeaningAreDisjoint() {
    for (Entry e : vocabulary.entries()) {
      Set<String> seen = new HashSet<>(vocabulary.seenWords(e.term()));
      for (String w : e.unseen()) assertFalse(seen.contains(w), "'" + w + "' is both seen and unseen");
    }
  }

  @Test
  void colourCaptionsUseOnlyTheExactColourNames() {
    for (Colour c : Colour.values()) {
      assertEquals(Set.of(c.word()), vocabulary.seenWords(new ColourTerm(c)));
      assertFalse(vocabulary.unseenWords(new ColourTerm(c)).isEmpty(), c + " has unseen synonyms");
    }
    assertTrue(vocabulary.unseenWords(new ColourTerm(Colour.RED)).contains("scarlet"));
  }

  @Test
  void everyContentMeaningHasAnUnseenSynonym() {
    for (Entry e : vocabulary.entries()) {
      if (List.of("count", "grammar").contains(e.group())) continue;
      assertFalse(vocabulary.unseenWords(e.term()).isEmpty(), "no unseen synonym for " + e.term());
    }
  }

  @Test
  void everyBackgroundWordHasASettingPhraseThatReadsBack() {
    for (Background b : Background.values()) {
      Set<String> all = new HashSet<>(vocabulary.seenWords(new BackgroundTerm(b)));
      all.addAll(vocabulary.unseenWords(new BackgroundTerm(b)));
      for (String word : all) {
        String phrase = SettingPhrases.phrase(word);
        assertEquals(b, CaptionParser.parse("a red ball " + phrase).background(), phrase);
      }
    }
  }

  @Test
  void noSurfaceFormMeansTwoThings() {
    // The lexicon refuses to build on a collision; building it is the check.
    Lexicon lexicon = new Lexicon(vocabulary);
    assertTrue(lexicon.surfaceCount() > vocabulary.size(), "inflected forms outnumber listed words");
    assertTrue(vocabulary.size() > 300, "vocabulary size " + vocabulary.size());
  }
}
