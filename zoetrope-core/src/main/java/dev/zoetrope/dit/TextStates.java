package dev.zoetrope.dit;

/**
 * Token-level text states of one prompt: {@code tokens[i]} is the state of token i (L x textDim).
 * The transformer cross-attends to these; an empty prompt has no tokens. {@code facts} is the
 * prompt's {@link PromptFacts} vector, or null when the encoder reads none (it then counts as all
 * zeros).
 */
public record TextStates(float[][] tokens, float[] facts) {
  public TextStates {
    if (tokens == null) throw new IllegalArgumentException("tokens");
    for (float[] token : tokens) {
      if (token.length != tokens[0].length) throw new IllegalArgumentException("ragged text states");
    }
    if (facts != null && facts.length != PromptFacts.WIDTH) {
      throw new IllegalArgumentException("facts vector of " + facts.length + " values, expected " + PromptFacts.WIDTH);
    }
  }

  /** Token states without a facts vector. */
  public TextStates(float[][] tokens) {
    this(tokens, null);
  }

  public int length() {
    return tokens.length;
  }

  public static TextStates empty() {
    return new TextStates(new float[0][]);
  }
}
