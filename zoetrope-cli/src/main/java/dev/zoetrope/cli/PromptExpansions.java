package dev.zoetrope.cli;

import dev.zoetrope.world.caption.Expansion;
import dev.zoetrope.world.caption.PromptExpander;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;

/**
 * Prompt expansion as the generation commands use it: the world's grammar expander, with unstated
 * facts redrawn until the scene sampler can place the scene. Same settings as
 * {@code zoetrope prompt expand}, so {@code prompt expand --seed S} previews what
 * {@code generate --seed S} gives the model.
 */
final class PromptExpansions {
  private static final int PLACEMENT_ATTEMPTS = 8;

  private PromptExpansions() {}

  static Expansion expand(String prompt, long seed) {
    SceneSampler sampler = new SceneSampler(WorldSpec.full());
    return new PromptExpander(facts -> {
      try {
        sampler.sample(seed, facts);
        return true;
      } catch (IllegalArgumentException impossible) {
        return false;
      }
    }, PLACEMENT_ATTEMPTS).expand(prompt, seed);
  }
}
