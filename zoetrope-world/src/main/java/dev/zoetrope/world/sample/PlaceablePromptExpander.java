package dev.zoetrope.world.sample;

import dev.zoetrope.world.caption.Expansion;
import dev.zoetrope.world.caption.PromptExpander;
import dev.zoetrope.world.caption.PromptExpansion;
import dev.zoetrope.world.scene.SceneFacts;
import java.util.Objects;

/**
 * Prompt expansion as every generation path uses it (CLI modes, {@code prompt expand}, the
 * server's workers): the grammar expander, with unstated facts drawn again until this sampler can
 * place the complete scene ({@link SceneSampler#sampleExactly}) at the same seed. So one
 * (prompt, seed) gives one caption wherever it is expanded.
 */
public final class PlaceablePromptExpander implements PromptExpansion {
  /** Draws of the unstated facts before the last one is kept even if it cannot be placed. */
  public static final int PLACEMENT_ATTEMPTS = 8;

  private final SceneSampler sampler;

  /** Expansion checked against the full world (held-out compositions included: users may ask for them). */
  public PlaceablePromptExpander() {
    this(WorldSpec.full());
  }

  public PlaceablePromptExpander(WorldSpec spec) {
    this.sampler = new SceneSampler(Objects.requireNonNull(spec, "spec"));
  }

  @Override
  public Expansion expand(String prompt, long seed, SceneFacts seen) {
    return new PromptExpander(facts -> placeable(facts, seed), PLACEMENT_ATTEMPTS).expand(prompt, seed, seen);
  }

  private boolean placeable(SceneFacts complete, long seed) {
    try {
      sampler.sampleExactly(seed, complete);
      return true;
    } catch (IllegalArgumentException impossible) {
      return false;
    }
  }
}
