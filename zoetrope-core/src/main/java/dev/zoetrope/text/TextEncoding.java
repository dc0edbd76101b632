package dev.zoetrope.text;

import java.util.Objects;

/**
 * One encoded prompt.
 *
 * @param tokenStates last hidden states, {@code [L][D]} with L the encoder's maximum length; rows
 *     from {@code length} on are zero padding
 * @param length number of real tokens, including [CLS] and [SEP] (at least 2)
 * @param pooled mean of the real token states, L2-normalised, {@code [D]} (the sentence-transformers
 *     embedding of all-MiniLM-L6-v2)
 */
public record TextEncoding(float[][] tokenStates, int length, float[] pooled) {
  public TextEncoding {
    Objects.requireNonNull(tokenStates, "tokenStates");
    Objects.requireNonNull(pooled, "pooled");
    if (length < 1 || length > tokenStates.length) {
      throw new IllegalArgumentException(
          "length " + length + " outside 1.." + tokenStates.length + " token rows");
    }
    for (float[] row : tokenStates) {
      if (row.length != pooled.length) {
        throw new IllegalArgumentException(
            "token state width " + row.length + " differs from pooled width " + pooled.length);
      }
    }
  }

  /** Hidden width D. */
  public int width() {
    return pooled.length;
  }

  /** Only the real token rows, {@code [length][D]} (copies). */
  public float[][] realTokenStates() {
    float[][] rows = new float[length][];
    for (int i = 0; i < length; i++) rows[i] = tokenStates[i].clone();
    return rows;
  }

  /** Cosine similarity of two pooled vectors (both are unit length, so a dot product). */
  public double cosine(TextEncoding other) {
    if (other.width() != width()) throw new IllegalArgumentException("width mismatch");
    double dot = 0;
    for (int i = 0; i < pooled.length; i++) dot += pooled[i] * other.pooled[i];
    return dot;
  }

  /** A deep copy, so a cached encoding never leaks a mutable array to callers. */
  TextEncoding copy() {
    float[][] rows = new float[tokenStates.length][];
    for (int i = 0; i < rows.length; i++) rows[i] = tokenStates[i].clone();
    return new TextEncoding(rows, length, pooled.clone());
  }
}
