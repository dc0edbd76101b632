package dev.zoetrope.world.caption;

/**
 * Turns a user's prompt into a complete scene and a detailed caption in the world's language (the
 * style the model was trained on). {@link PromptExpander} is the grammar-based implementation; a
 * language model or a retrieval index can implement the same interface.
 */
public interface PromptExpansion {
  /** Deterministic in (prompt, seed); never contradicts a fact the prompt states. */
  Expansion expand(String prompt, long seed);
}
