package dev.zoetrope.dit;

import dev.zoetrope.compute.Rng;

/** Deterministic stand-in text states for unit tests of the transformer only. */
public final class FakeText {
  private FakeText() {}

  public static TextStates of(String prompt, int dimension) {
    String[] words = prompt.isBlank() ? new String[0] : prompt.trim().split("\\s+");
    float[][] tokens = new float[words.length][];
    for (int i = 0; i < words.length; i++) tokens[i] = new Rng(words[i].hashCode()).gaussians(dimension);
    return new TextStates(tokens);
  }

  public static PromptEncoder encoder(int dimension) {
    return new PromptEncoder() {
      @Override
      public TextStates encode(String prompt) {
        return of(prompt, dimension);
      }

      @Override
      public int dimension() {
        return dimension;
      }
    };
  }
}
