package dev.zoetrope.world.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.world.caption.Captions;
import dev.zoetrope.world.caption.Captioner;
import dev.zoetrope.world.caption.Expansion;
import dev.zoetrope.world.caption.PromptExpander;
import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Complete facts (a prompt expander's output, the bench's ground truth) are sampled as they are. */
class SceneSamplerExactTest {
  private final SceneSampler full = new SceneSampler(WorldSpec.full());

  @Test
  void expandedFactsAreSampledExactly() {
    PromptExpander expander = new PromptExpander();
    Random random = new Random(17);
    List<String> mismatches = new ArrayList<>();
    int expansions = 400;
    for (int i = 0; i < expansions; i++) {
      Captions captions = Captioner.captions(CompleteFacts.random(random), i);
      String prompt = i % 4 == 3 ? captions.paraphrases().get(i % 3) : captions.shortPrompt();
      Expansion expansion = expander.expand(prompt, i);
      SceneFacts sampled = SceneFacts.of(full.sampleExactly(i, expansion.facts()));
      if (!sampled.equals(expansion.facts())) mismatches.add(prompt + "\n  expanded " + expansion.facts() + "\n  sampled  " + sampled);
    }
    assertEquals(List.of(), mismatches, mismatches.size() + " of " + expansions + " differ");
  }

  @Test
  void absentFactsStayAbsent() {
    // Without a stated occluder, colour change or relation, sample() may add an occluder.
    SceneFacts plain = new SceneFacts(List.of(new ObjectFacts(Shape.BOX, Colour.RED, Size.MEDIUM, null, MotionKind.SPIN, null, null, null),
        new ObjectFacts(Shape.CREATURE, Colour.CYAN, Size.SMALL, Expression.FROWN, MotionKind.STILL, null, null, null)),
        Background.TILES, Camera.ZOOM_IN, null, null);
    int occluded = 0;
    for (long seed = 0; seed < 60; seed++) {
      if (full.sample(seed, plain).occluder() != null) occluded++;
      assertEquals(plain, SceneFacts.of(full.sampleExactly(seed, plain)));
    }
    assertTrue(occluded > 0, "partial facts leave the occluder open");
  }

  @Test
  void incompleteFactsAreRefusedByName() {
    SceneFacts noCamera = new SceneFacts(List.of(new ObjectFacts(Shape.BALL, Colour.RED, Size.SMALL, null, MotionKind.STILL, null, null, null)),
        Background.SKY, null, null, null);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> full.sampleExactly(1, noCamera));
    assertTrue(e.getMessage().contains("camera is missing"), e.getMessage());
    SceneFacts faceless = new SceneFacts(List.of(new ObjectFacts(Shape.CREATURE, Colour.RED, Size.SMALL, null, MotionKind.STILL, null, null, null)),
        Background.SKY, Camera.STATIC, null, null);
    e = assertThrows(IllegalArgumentException.class, () -> full.sampleExactly(1, faceless));
    assertTrue(e.getMessage().contains("a creature needs an expression"), e.getMessage());
  }
}
