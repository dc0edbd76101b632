package dev.zoetrope.world.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.world.caption.Expansion;
import dev.zoetrope.world.caption.PromptExpander;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.Shape;
import org.junit.jupiter.api.Test;

class PlaceablePromptExpanderTest {
  private final PlaceablePromptExpander expander = new PlaceablePromptExpander();

  @Test
  void unseenSynonymsBecomeTheWordsTheModelWasTrainedOn() {
    Expansion e = expander.expand("a crimson orb drifts westward against a starlit sky", 4);
    ObjectFacts ball = e.facts().objects().get(0);
    assertEquals(Shape.BALL, ball.shape());
    assertEquals(Colour.RED, ball.colour());
    assertEquals(Direction.LEFT, ball.direction());
    for (String unseen : new String[] {"crimson", "orb", "westward", "starlit"}) {
      assertTrue(!e.caption().contains(unseen), e.caption());
    }
  }

  @Test
  void oneCaptionPerPromptAndSeed() {
    String prompt = "two smiling creatures bouncing on the beach";
    assertEquals(expander.expand(prompt, 11).caption(), new PlaceablePromptExpander().expand(prompt, 11).caption());
  }

  @Test
  void unstatedFactsAreRedrawnUntilTheSamplerCanPlaceTheScene() {
    // The training world excludes green stars: "a green object" filled with a star cannot be placed.
    PlaceablePromptExpander training = new PlaceablePromptExpander(WorldSpec.training());
    SceneSampler sampler = new SceneSampler(WorldSpec.training());
    int plainUnplaceable = 0;
    for (long seed = 0; seed < 60; seed++) {
      SceneFacts checked = training.expand("a green object", seed).facts();
      sampler.sampleExactly(seed, checked); // throws if it cannot be placed
      assertEquals(Colour.GREEN, checked.objects().get(0).colour());
      if (!placeable(sampler, new PromptExpander().expand("a green object", seed).facts(), seed)) plainUnplaceable++;
    }
    assertTrue(plainUnplaceable > 0, "unchecked draws should sometimes fill in a green star");
  }

  private static boolean placeable(SceneSampler sampler, SceneFacts facts, long seed) {
    try {
      sampler.sampleExactly(seed, facts);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
