package dev.zoetrope.dit;

import java.util.List;

/**
 * A batch of text states padded to one length, with a keep-mask. A dropped caption (for
 * classifier-free guidance) keeps no token: the transformer then sees only its learned null token.
 */
public record TextBatch(float[] states, float[] keep, int batch, int length, int dimension) {

  public TextBatch {
    if (states.length != batch * length * dimension || keep.length != batch * length) {
      throw new IllegalArgumentException("text batch arrays do not match " + batch + "x" + length + "x" + dimension);
    }
  }

  /** Pads {@code texts} to the longest; {@code dropped[i]} hides sample i's caption. */
  public static TextBatch of(List<TextStates> texts, boolean[] dropped, int dimension) {
    int batch = texts.size();
    int length = Math.max(1, texts.stream().mapToInt(TextStates::length).max().orElse(0));
    float[] states = new float[batch * length * dimension];
    float[] keep = new float[batch * length];
    for (int b = 0; b < batch; b++) {
      TextStates text = texts.get(b);
      for (int i = 0; i < text.length(); i++) {
        float[] token = text.tokens()[i];
        if (token.length != dimension) {
          throw new IllegalArgumentException("text state width " + token.length + ", model expects " + dimension);
        }
        System.arraycopy(token, 0, states, (b * length + i) * dimension, dimension);
        keep[b * length + i] = dropped != null && dropped[b] ? 0f : 1f;
      }
    }
    return new TextBatch(states, keep, batch, length, dimension);
  }

  public static TextBatch of(List<TextStates> texts, int dimension) {
    return of(texts, null, dimension);
  }
}
