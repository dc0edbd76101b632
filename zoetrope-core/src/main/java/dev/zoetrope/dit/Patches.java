package dev.zoetrope.dit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** Spacetime patches of 1 x p x p: latent (B, C, F, h, w) <-> tokens (B, L, C·p·p), L = F·(h/p)·(w/p). */
public final class Patches {
  private Patches() {}

  public static NDArray patchify(NDArray latent, int p) {
    Shape s = latent.getShape();
    long b = s.get(0), c = s.get(1), f = s.get(2), h = s.get(3), w = s.get(4);
    return latent.reshape(b, c, f, h / p, p, w / p, p) // (B, C, F, h/p, p, w/p, p)
        .transpose(0, 2, 3, 5, 1, 4, 6) // (B, F, h/p, w/p, C, p, p)
        .reshape(b, f * (h / p) * (w / p), c * p * p); // (B, L, P)
  }

  public static NDArray unpatchify(NDArray tokens, int channels, int frames, int height, int width, int p) {
    long b = tokens.getShape().get(0);
    return tokens.reshape(b, frames, height / p, width / p, channels, p, p) // (B, F, h/p, w/p, C, p, p)
        .transpose(0, 4, 1, 2, 5, 3, 6) // (B, C, F, h/p, p, w/p, p)
        .reshape(b, channels, frames, height, width); // (B, C, F, h, w)
  }
}
