package dev.zoetrope.dit;

/**
 * Token-level text states of one prompt: {@code tokens[i]} is the state of token i (L x textDim).
 * The transformer cross-attends to these; an empty prompt has no tokens.
 */
public record TextStates(float[][] tokens) {
  public TextStates {
    if (tokens == null) throw new IllegalArgumentException("tokens");
    for (float[] token : tokens) {
      if (token.length != tokens[0].length) throw new IllegalArgumentException("ragged text states");
    }
  }

  public int length() {
    return tokens.length;
  }

  public static TextStates empty() {
    return new TextStates(new float[0][]);
  }
}
