package dev.zoetrope.dit;

import java.util.List;

/**
 * A batch of text states padded to one length, with a keep-mask. A dropped caption (for
 * classifier-free guidance) keeps no token: the transformer then sees only its learned null token.
 * {@code facts} (B x {@link PromptFacts#WIDTH}) holds each caption's facts vector; a dropped caption,
 * or one without facts, has zeros.
 * {@code pooledKeep} (B) and {@code pooledNoise} (B x dimension) are training's augmentation of the
 * pooled text path, null when there is none: the layer-normed mean token state becomes
 * {@code normed * pooledKeep + pooledNoise}.
 */
public record TextBatch(
    float[] states, float[] keep, int batch, int length, int dimension, float[] facts, float[] pooledKeep, float[] pooledNoise) {

  public TextBatch {
    if (states.length != batch * length * dimension || keep.length != batch * length) {
      throw new IllegalArgumentException("text batch arrays do not match " + batch + "x" + length + "x" + dimension);
    }
    if (facts.length != batch * PromptFacts.WIDTH) throw new IllegalArgumentException("facts do not match " + batch + "x" + PromptFacts.WIDTH);
    if ((pooledKeep == null) != (pooledNoise == null)
        || pooledKeep != null && (pooledKeep.length != batch || pooledNoise.length != batch * dimension)) {
      throw new IllegalArgumentException("pooled augmentation does not match " + batch + "x" + dimension);
    }
  }

  public TextBatch(float[] states, float[] keep, int batch, int length, int dimension, float[] facts) {
    this(states, keep, batch, length, dimension, facts, null, null);
  }

  /**
   * The same batch with its pooled text augmented: sample i's pooled vector is dropped when
   * {@code poolDropped[i]}, else {@code noise} (standard normals, B x dimension) times {@code sigma}
   * is added to it. Captions dropped altogether stay without any pooled vector.
   */
  public TextBatch withPooledAugment(boolean[] poolDropped, float[] noise, double sigma) {
    if (poolDropped.length != batch || noise.length != batch * dimension) {
      throw new IllegalArgumentException("pooled augmentation does not match " + batch + "x" + dimension);
    }
    float[] pooledKeep = new float[batch];
    float[] pooledNoise = new float[batch * dimension];
    for (int b = 0; b < batch; b++) {
      boolean captioned = false;
      for (int i = 0; i < length && !captioned; i++) captioned = keep[b * length + i] > 0;
      if (!captioned || poolDropped[b]) continue;
      pooledKeep[b] = 1f;
      for (int k = 0; k < dimension; k++) pooledNoise[b * dimension + k] = (float) (noise[b * dimension + k] * sigma);
    }
    return new TextBatch(states, keep, batch, length, dimension, facts, pooledKeep, pooledNoise);
  }

  /** Pads {@code texts} to the longest; {@code dropped[i]} hides sample i's caption. */
  public static TextBatch of(List<TextStates> texts, boolean[] dropped, int dimension) {
    int batch = texts.size();
    int length = Math.max(1, texts.stream().mapToInt(TextStates::length).max().orElse(0));
    float[] states = new float[batch * length * dimension];
    float[] keep = new float[batch * length];
    float[] facts = new float[batch * PromptFacts.WIDTH];
    for (int b = 0; b < batch; b++) {
      TextStates text = texts.get(b);
      boolean hidden = dropped != null && dropped[b];
      if (text.facts() != null && !hidden) System.arraycopy(text.facts(), 0, facts, b * PromptFacts.WIDTH, PromptFacts.WIDTH);
      for (int i = 0; i < text.length(); i++) {
        float[] token = text.tokens()[i];
        if (token.length != dimension) {
          throw new IllegalArgumentException("text state width " + token.length + ", model expects " + dimension);
        }
        System.arraycopy(token, 0, states, (b * length + i) * dimension, dimension);
        keep[b * length + i] = hidden ? 0f : 1f;
      }
    }
    return new TextBatch(states, keep, batch, length, dimension, facts);
  }

  public static TextBatch of(List<TextStates> texts, int dimension) {
    return of(texts, null, dimension);
  }
}
