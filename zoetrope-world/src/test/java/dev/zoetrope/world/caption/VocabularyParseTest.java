package dev.zoetrope.world.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.world.caption.Term.*;
import dev.zoetrope.world.caption.Vocabulary.Entry;
import dev.zoetrope.world.caption.Vocabulary.WordClass;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.Speed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Every word of the vocabulary — canonical, seen and unseen, in every inflected form the captioner
 * or a user would write — placed in a small probe sentence, must parse to its meaning.
 */
class VocabularyParseTest {
  private record Probe(String text, Predicate<SceneFacts> holds) {}

  @Test
  void everyWordOfEveryEntryParsesToItsMeaning() {
    List<String> failures = new ArrayList<>();
    int probes = 0;
    for (Entry entry : Vocabulary.standard().entries()) {
      List<String> words = new ArrayList<>(entry.seenWords());
      words.addAll(entry.unseen());
      for (String word : words) {
        for (Probe probe : probes(entry, word)) {
          probes++;
          SceneFacts facts = CaptionParser.parse(probe.text());
          if (!probe.holds().test(facts)) failures.add(probe.text() + " -> " + facts);
        }
      }
    }
    System.out.println(probes + " probes, " + failures.size() + " failed");
    assertTrue(failures.isEmpty(), failures.size() + " of " + probes + " probes failed:\n" + String.join("\n", failures));
    assertTrue(probes > 400, "probes " + probes);
  }

  private static List<Probe> probes(Entry entry, String word) {
    Term term = entry.term();
    List<Probe> out = new ArrayList<>();
    if (term instanceof ShapeTerm s && s.shape() != null) {
      String noun = entry.wordClass() == WordClass.NOUN ? word : word + " object";
      out.add(new Probe("a red " + noun + ".", f -> only(f).shape() == s.shape() && only(f).colour() == Colour.RED));
      if (entry.wordClass() == WordClass.NOUN) {
        out.add(new Probe("two " + Inflection.plural(word) + " bounce", f -> f.objects().size() == 2
            && f.objects().stream().allMatch(o -> o.shape() == s.shape() && o.motion() == MotionKind.BOUNCE)));
      }
    } else if (term instanceof ShapeTerm) {
      out.add(new Probe("three " + Inflection.plural(word) + ".", f -> f.objects().size() == 3));
      out.add(new Probe("a blue " + word, f -> only(f).colour() == Colour.BLUE && only(f).shape() == null));
    } else if (term instanceof ColourTerm c) {
      out.add(new Probe("a " + word + " ball", f -> only(f).colour() == c.colour()));
      out.add(new Probe("the ball turns " + word, f -> only(f).changesTo() == c.colour()));
    } else if (term instanceof SizeTerm s) {
      out.add(new Probe("a " + word + " ball", f -> only(f).size() == s.size()));
      out.add(new Probe("the ball is " + word + ".", f -> only(f).size() == s.size()));
    } else if (term instanceof ExpressionTerm e) {
      boolean adjective = !word.contains(" ") && !word.endsWith("s");
      String text = adjective ? "a " + word + " creature" : "a creature " + word;
      out.add(new Probe(text, f -> only(f).expression() == e.expression() && only(f).shape() != null));
    } else if (term instanceof MotionTerm m) {
      out.addAll(motionProbes(m, entry, word));
    } else if (term instanceof FrameEdgeTerm edge) {
      out.add(new Probe("a ball moves " + word + " to the left", f -> only(f).motion() == edge.kind()
          && only(f).direction() == Direction.LEFT));
    } else if (term instanceof DirectionTerm d) {
      out.add(new Probe("a ball moves " + word + ".", f -> only(f).direction() == d.direction()));
      out.add(new Probe("a ball enters from the " + word + ".",
          f -> only(f).direction() == Direction.nearest(-d.direction().dx(), -d.direction().dy())));
    } else if (term instanceof PositionTerm p) {
      Direction opposite = Direction.nearest(-p.side().dx(), -p.side().dy());
      String other = Vocabulary.standard().unseenWords(new PositionTerm(opposite)).iterator().next();
      out.add(new Probe("a red ball " + word + " and a blue box " + other + ". the ball rolls right",
          f -> f.relation() != null && f.objects().get(0).direction() == Direction.RIGHT));
    } else if (term instanceof SpeedTerm s) {
      out.add(new Probe("a ball rolls left " + word, f -> only(f).speed() == s.speed()));
    } else if (term instanceof BackgroundTerm b) {
      out.add(new Probe("a ball " + SettingPhrases.phrase(word), f -> f.background() == b.background()));
    } else if (term instanceof CameraTerm) {
      out.add(new Probe("the " + word + " pans left", f -> f.camera() == Camera.PAN_LEFT));
    } else if (term instanceof PanTerm) {
      for (String form : Inflection.verbForms(word).values().stream().flatMap(List::stream).toList()) {
        out.add(new Probe("the camera " + form + " to the right", f -> f.camera() == Camera.PAN_RIGHT));
      }
    } else if (term instanceof CameraMoveTerm c) {
      out.add(new Probe("the camera " + Inflection.third(word) + ".", f -> f.camera() == c.camera()));
      out.add(new Probe(Inflection.ing(word) + " on a ball", f -> f.camera() == c.camera()));
    } else if (term instanceof StillTerm) {
      out.add(new Probe("the camera is " + word + ".", f -> f.camera() == Camera.STATIC));
      out.add(new Probe("a ball. it is " + word + ".", f -> only(f).motion() == MotionKind.STILL));
    } else if (term instanceof OccluderTerm o) {
      out.add(new Probe("a ball passes behind " + Phrasing.withArticle(word), f -> f.occluder() == o.kind()
          && f.objects().size() == 1));
    } else if (term instanceof RelationTerm r) {
      out.add(new Probe("a red ball is " + word + " a blue box", f -> f.relation() == r.relation()));
      out.add(new Probe("a red ball and a blue box. the box is " + word + " the ball.",
          f -> f.relation() == SceneDraft.inverse(r.relation())));
    } else if (term instanceof ChangeTerm) {
      out.add(new Probe("a red ball " + Inflection.third(word) + " to blue",
          f -> only(f).changesTo() == Colour.BLUE && only(f).colour() == Colour.RED));
      out.add(new Probe("a ball " + Inflection.ing(word) + " from red to blue",
          f -> only(f).changesTo() == Colour.BLUE && only(f).colour() == Colour.RED));
    } else if (term instanceof CountTerm c) {
      int expected = Math.min(c.count(), SceneDraft.MAX_OBJECTS);
      String noun = c.count() == 1 ? " ball" : " balls";
      out.add(new Probe(word + noun, f -> f.objects().size() == expected));
    }
    return out;
  }

  private static List<Probe> motionProbes(MotionTerm m, Entry entry, String word) {
    List<Probe> out = new ArrayList<>();
    List<String> forms = entry.wordClass() == WordClass.VERB
        ? List.of(Inflection.third(word), Inflection.ing(word))
        : List.of(word);
    for (String form : forms) {
      if (m.implied() != null) {
        out.add(new Probe("a ball " + form + " slowly", f -> only(f).motion() == m.kind()
            && only(f).direction() == m.implied() && only(f).speed() == Speed.SLOW));
        out.add(new Probe("a ball " + form + " to the left", f -> only(f).direction()
            == Direction.nearest(-1, m.implied().dy())));
      } else if (m.kind().needsDirection()) {
        out.add(new Probe("a ball " + form + " left quickly", f -> only(f).motion() == m.kind()
            && only(f).direction() == Direction.LEFT && only(f).speed() == Speed.FAST));
      } else {
        out.add(new Probe("a ball " + form + ".", f -> only(f).motion() == m.kind() && only(f).direction() == null));
        out.add(new Probe("the camera " + form + ". a ball", f -> m.kind() != MotionKind.STILL || f.camera() == Camera.STATIC));
      }
    }
    if (entry.wordClass() == WordClass.VERB && !word.contains(" ")) {
      out.add(new Probe("a " + Inflection.ing(word) + " red ball", f -> only(f).motion() == m.kind()));
    }
    return out;
  }

  /** The single object of the facts; fails the probe (as null facts) when there is not exactly one. */
  private static ObjectFacts only(SceneFacts facts) {
    return facts.objects().size() == 1 ? facts.objects().get(0) : new ObjectFacts(null, null, null, null, null, null, null, null);
  }

  @Test
  void probesAgreeWithTheCanonicalSentence() {
    SceneFacts f = CaptionParser.parse("A large red ball rolls quickly to the left.");
    assertEquals(1, f.objects().size());
    assertEquals(MotionKind.ROLL, f.objects().get(0).motion());
  }
}
