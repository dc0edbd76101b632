package dev.zoetrope.world.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.StartEdges;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromptExpanderTest {
  private final PromptExpansion expander = new PromptExpander();

  private static final List<String> HAND_WRITTEN =
      List.of(
          "a red ball",
          "two smiling creatures bouncing on the beach",
          "",
          "the camera zooms in on a blue star above a green ring",
          "a tiny scarlet orb drifts lazily to the upper left at night, behind an oak",
          "three boxes",
          "something moving quickly",
          "a frowning character rolls right while the camera pans up",
          "a yellow triangle turns purple",
          "a ball enters from the left and a box leaves to the right, static shot");

  @Test
  void expansionIsCompleteAndKeepsEveryStatedFact() {
    List<String> prompts = new ArrayList<>(HAND_WRITTEN);
    Random random = new Random(21);
    for (int i = 0; i < 600; i++) {
      Captions c = Captioner.captions(RandomFacts.facts(random), i);
      prompts.add(c.shortPrompt());
      prompts.add(c.paraphrases().get(i % 3));
    }
    for (int i = 0; i < prompts.size(); i++) {
      String prompt = prompts.get(i);
      Expansion e = expander.expand(prompt, i);
      assertTrue(FactRules.isComplete(e.facts()), prompt + " -> " + FactRules.problems(e.facts()));
      SceneFacts stated = CaptionParser.parse(prompt);
      assertEquals(List.of(), FactRules.contradictions(stated, e.facts()), prompt);
      assertEquals(e.facts(), CaptionParser.parse(e.caption()), "the caption states the expanded facts: " + e.caption());
      assertTrue(Captions.wordCount(e.caption()) >= Captioner.DETAILED_MIN_WORDS, e.caption());
    }
  }

  @Test
  void arbitraryWordSoupsOnlyLoseWhatNoSceneCanShow() {
    List<String> words = new ArrayList<>();
    Vocabulary.standard().entries().forEach(en -> {
      words.addAll(en.seenWords());
      words.addAll(en.unseen());
    });
    Random random = new Random(22);
    for (int i = 0; i < 3000; i++) {
      StringBuilder prompt = new StringBuilder();
      for (int k = random.nextInt(15); k > 0; k--) prompt.append(words.get(random.nextInt(words.size()))).append(' ');
      Expansion e = expander.expand(prompt.toString(), i);
      SceneFacts stated = CaptionParser.parse(prompt.toString());
      assertEquals(List.of(), FactRules.contradictions(PromptExpander.representable(stated), e.facts()), prompt.toString());
    }
  }

  @Test
  void sameSeedSameExpansionAndSeedsVaryTheFilling() {
    Set<SceneFacts> fillings = new HashSet<>();
    for (long seed = 0; seed < 30; seed++) {
      Expansion a = expander.expand("a red ball", seed);
      assertEquals(a, expander.expand("a red ball", seed));
      fillings.add(a.facts());
    }
    assertTrue(fillings.size() > 20, fillings.size() + " distinct fillings in 30 seeds");
  }

  @Test
  void worldRulesDecideWhatThePromptLeftOpen() {
    SceneFacts smiling = expander.expand("something smiling", 3).facts();
    assertEquals(Shape.CREATURE, smiling.objects().get(0).shape(), "an expression alone makes a creature");
    for (long seed = 0; seed < 50; seed++) {
      ObjectFacts creature = expander.expand("a creature", seed).facts().objects().get(0);
      assertTrue(creature.expression() != null, "creatures have faces");
      ObjectFacts upward = expander.expand("a ball going up", seed).facts().objects().get(0);
      assertEquals(Direction.UP, upward.direction());
      assertTrue(upward.motion() != MotionKind.ROLL, "nothing rolls upward");
      assertTrue(expander.expand("a red ball and a blue box", seed).facts().objects().size() == 2);
    }
  }

  @Test
  void aStatedColourStaysTheColourToTheEnd() {
    int changes = 0;
    for (long seed = 0; seed < 200; seed++) {
      assertNull(expander.expand("a red ball", seed).facts().objects().get(0).changesTo(), "a red ball must not turn another colour");
      if (expander.expand("a ball", seed).facts().objects().get(0).changesTo() != null) changes++;
    }
    assertTrue(changes > 10, "an object of unstated colour still sometimes changes colour: " + changes + " of 200");
    assertEquals(Colour.PURPLE, expander.expand("a red ball turns purple", 1).facts().objects().get(0).changesTo());
  }

  @Test
  void unshowableStatementsAreRepaired() {
    ObjectFacts ball = expander.expand("a happy ball", 1).facts().objects().get(0);
    assertEquals(Shape.BALL, ball.shape());
    assertNull(ball.expression(), "a ball has no face to smile with");
    ObjectFacts roll = expander.expand("a box rolls up and to the left", 1).facts().objects().get(0);
    assertEquals(MotionKind.ROLL, roll.motion());
    assertEquals(Direction.LEFT, roll.direction());
    ObjectFacts creature = expander.expand("a happy creature", 1).facts().objects().get(0);
    assertEquals(Expression.SMILE, creature.expression());
    SceneFacts rollingAbove = expander.expand("a red ball rolls left above a blue box", 1).facts();
    assertEquals(MotionKind.ROLL, rollingAbove.objects().get(0).motion());
    assertNull(rollingAbove.relation(), "a ball rolling along the floor is above nothing");
    for (long seed = 0; seed < 50; seed++) {
      assertNull(expander.expand("a red ball rolls left above a blue box", seed).facts().relation(),
          "a relation dropped as impossible is not replaced by another the prompt never stated");
    }
  }

  @Test
  void drawnMotionsAndRelationsLetTheRelationHold() {
    for (long seed = 0; seed < 200; seed++) {
      SceneFacts above = expander.expand("a ball above a box", seed).facts();
      assertEquals(Relation.ABOVE, above.relation());
      assertNull(StartEdges.conflict(above.relation(), above.objects().get(0), above.objects().get(1)), above.toString());
      SceneFacts drawn = expander.expand("a ball enters from the left and a box rolls", seed).facts();
      if (drawn.relation() != null) {
        assertNull(StartEdges.conflict(drawn.relation(), drawn.objects().get(0), drawn.objects().get(1)), drawn.toString());
      }
    }
  }

  @Test
  void aPlacementCheckRedrawsOnlyTheUnstatedFacts() {
    // Stands in for a renderer that cannot place small objects.
    PromptExpansion checked = new PromptExpander(f -> f.objects().stream().noneMatch(o -> o.size() == Size.SMALL), 50);
    for (long seed = 0; seed < 100; seed++) {
      SceneFacts facts = checked.expand("two balls, one red, one blue", seed).facts();
      assertTrue(facts.objects().stream().noneMatch(o -> o.size() == Size.SMALL), facts.toString());
      assertEquals(List.of(), FactRules.contradictions(CaptionParser.parse("two balls, one red, one blue"), facts));
      assertEquals(facts, checked.expand("two balls, one red, one blue", seed).facts());
      SceneFacts small = checked.expand("a small ball", seed).facts();
      assertEquals(Size.SMALL, small.objects().get(0).size(), "a stated fact survives a check it fails");
    }
  }

  @Test
  void aMissingPromptIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> expander.expand(null, 1));
    assertTrue(e.getMessage().contains("prompt"));
  }

  private static final ObjectFacts SEEN_BALL = new ObjectFacts(Shape.BALL, Colour.RED, Size.SMALL, null, MotionKind.BOUNCE, null, null, null);
  private static final ObjectFacts SEEN_CREATURE =
      new ObjectFacts(Shape.CREATURE, Colour.PINK, Size.LARGE, Expression.FROWN, MotionKind.BOUNCE, null, null, null);
  private static final SceneFacts SEEN = new SceneFacts(List.of(SEEN_BALL, SEEN_CREATURE), Background.GRASS, Camera.STATIC, null, Relation.LEFT_OF);

  @Test
  void givenFramesFillTheBlanksInsteadOfTheSeed() {
    for (int seed = 0; seed < 60; seed++) {
      SceneFacts facts = expander.expand("the ball keeps bouncing", seed, SEEN).facts();
      assertEquals(1, facts.objects().size(), "the prompt's cast");
      ObjectFacts ball = facts.objects().get(0);
      assertEquals(Colour.RED, ball.colour());
      assertEquals(Size.SMALL, ball.size());
      assertEquals(MotionKind.BOUNCE, ball.motion());
      assertNull(ball.changesTo(), "a seen colour is not changed");
      assertEquals(Background.GRASS, facts.background());
      assertEquals(Camera.STATIC, facts.camera());
      assertNull(facts.occluder(), "the frames show none");
    }
  }

  @Test
  void thePromptWinsOverWhatTheFramesShow() {
    for (int seed = 0; seed < 30; seed++) {
      SceneFacts facts = expander.expand("a blue creature smiles on the beach while the camera pans left", seed, SEEN).facts();
      ObjectFacts creature = facts.objects().get(0);
      assertEquals(Colour.BLUE, creature.colour());
      assertEquals(Expression.SMILE, creature.expression());
      assertEquals(Size.LARGE, creature.size(), "the unstated size is the seen creature's, not the ball's");
      assertEquals(Background.SAND, facts.background());
      assertEquals(Camera.PAN_LEFT, facts.camera());
    }
  }

  @Test
  void aPromptThatNamesNoObjectTakesTheSeenCastAndItsPlaces() {
    for (int seed = 0; seed < 30; seed++) {
      SceneFacts facts = expander.expand("slowly", seed, SEEN).facts();
      assertEquals(List.of(Shape.BALL, Shape.CREATURE), facts.objects().stream().map(ObjectFacts::shape).toList());
      assertEquals(List.of(Colour.RED, Colour.PINK), facts.objects().stream().map(ObjectFacts::colour).toList());
      assertEquals(Expression.FROWN, facts.objects().get(1).expression());
      assertTrue(facts.relation() == null || facts.relation() == Relation.LEFT_OF, "the seen relation or none: " + facts.relation());
    }
  }

  @Test
  void aNamedShapeTheFramesDoNotShowTakesTheColourOfOneLeftOver() {
    ObjectFacts piece = new ObjectFacts(Shape.TRIANGLE, Colour.RED, Size.LARGE, null, MotionKind.STILL, null, null, null);
    SceneFacts pieces = new SceneFacts(List.of(piece, piece), null, Camera.PAN_LEFT, null, null);
    for (int seed = 0; seed < 30; seed++) {
      ObjectFacts star = new ObjectFacts(Shape.STAR, Colour.PINK, Size.MEDIUM, null, MotionKind.STILL, null, null, null);
      SceneFacts facts = expander.expand("a ball bounces and a star spins", seed,
          new SceneFacts(List.of(star, piece), null, null, null, null)).facts();
      assertEquals(List.of(Shape.BALL, Shape.STAR), facts.objects().stream().map(ObjectFacts::shape).toList());
      assertEquals(Colour.RED, facts.objects().get(0).colour(), "the ball takes the colour left over, not the star's");
      assertEquals(Colour.PINK, facts.objects().get(1).colour());
      assertEquals(Size.MEDIUM, facts.objects().get(1).size());
      ObjectFacts ball = expander.expand("the ball keeps bouncing", seed, pieces).facts().objects().get(0);
      assertEquals(Colour.RED, ball.colour());
      assertEquals(Shape.BALL, ball.shape());
    }
  }

  @Test
  void aStatedExpressionKeepsItsCreatureBesideSeenShapesWithoutFaces() {
    ObjectFacts box = new ObjectFacts(Shape.BOX, Colour.BLUE, Size.LARGE, null, MotionKind.STILL, null, null, null);
    String prompt = "something smiling bounces";
    assertEquals(Expression.SMILE, CaptionParser.parse(prompt).objects().get(0).expression());
    for (int seed = 0; seed < 20; seed++) {
      ObjectFacts o = expander.expand(prompt, seed, new SceneFacts(List.of(box), null, null, null, null)).facts().objects().get(0);
      assertEquals(Shape.CREATURE, o.shape());
      assertEquals(Expression.SMILE, o.expression());
      assertEquals(Colour.BLUE, o.colour(), "the colour of the seen object left over");
    }
  }

  @Test
  void anImageLeavesTheCameraToTheSeedAndAddsNoRelation() {
    SceneFacts image = new SceneFacts(List.of(SEEN_BALL), Background.NIGHT, null, null, null);
    Set<Camera> cameras = new HashSet<>();
    for (int seed = 0; seed < 40; seed++) {
      Expansion e = expander.expand("a box slides right", seed, image);
      cameras.add(e.facts().camera());
      assertEquals(Background.NIGHT, e.facts().background());
      assertEquals(Shape.BOX, e.facts().objects().get(0).shape());
      assertEquals(1, e.facts().objects().size(), "no seen ball joins a cast the prompt named");
      assertNull(e.facts().relation());
      assertTrue(FactRules.isComplete(e.facts()), e.caption());
    }
    assertTrue(cameras.size() > 1, "an image shows no camera motion: " + cameras);
  }

  @Test
  void groundedExpansionKeepsEveryStatedFactAndFillsFromTheSeenScene() {
    Random random = new Random(5);
    for (int i = 0; i < 400; i++) {
      SceneFacts seen = RandomFacts.facts(random);
      String prompt = Captioner.captions(RandomFacts.facts(random), i).shortPrompt();
      Expansion e = expander.expand(prompt, i, seen);
      SceneFacts stated = CaptionParser.parse(prompt);
      assertTrue(FactRules.isComplete(e.facts()), prompt + " -> " + FactRules.problems(e.facts()));
      assertEquals(List.of(), FactRules.contradictions(stated, e.facts()), prompt);
      assertEquals(stated.background() != null ? stated.background() : seen.background(), e.facts().background(), prompt);
      assertEquals(stated.camera() != null ? stated.camera() : seen.camera(), e.facts().camera(), prompt);
      if (stated.occluder() == null) assertEquals(seen.occluder(), e.facts().occluder(), prompt);
      assertEquals(e.facts(), CaptionParser.parse(e.caption()), "the caption states the expanded facts: " + e.caption());
    }
  }

  @Test
  void withoutGivenFramesTheExpansionIsUnchanged() {
    for (int i = 0; i < HAND_WRITTEN.size(); i++) {
      assertEquals(expander.expand(HAND_WRITTEN.get(i), i), expander.expand(HAND_WRITTEN.get(i), i, null));
    }
  }
}
