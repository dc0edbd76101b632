package dev.zoetrope.dit;

/** Turns a prompt into token states for cross-attention (the MiniLM text encoder in production). */
public interface PromptEncoder extends AutoCloseable {
  TextStates encode(String prompt);

  /** Width of each token state. */
  int dimension();

  @Override
  default void close() {}
}
