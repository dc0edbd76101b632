package dev.zoetrope.world.caption;

import dev.zoetrope.world.scene.SceneFacts;

/**
 * Turns a user's prompt into a complete scene and a detailed caption in the world's language (the
 * style the model was trained on). {@link PromptExpander} is the grammar-based implementation; a
 * language model or a retrieval index can implement the same interface.
 */
public interface PromptExpansion {
  /** Deterministic in (prompt, seed); never contradicts a fact the prompt states. */
  default Expansion expand(String prompt, long seed) {
    return expand(prompt, seed, null);
  }

  /**
   * As {@link #expand(String, long)}, grounded in what the given frames show: {@code seen} (the
   * oracle's reading of them; null when nothing is given) fills the facts the prompt leaves
   * unstated before any is drawn. Its null occluder means none was seen; its null camera, that the
   * camera could not be seen (one image). Never contradicts a fact the prompt states.
   */
  Expansion expand(String prompt, long seed, SceneFacts seen);
}
