package dev.zoetrope.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv3d;
import ai.djl.nn.norm.LayerNorm;

/**
 * Network operations DJL lacks or that need care, composed from primitives. Activations always
 * come first in every binary op so results live in the activation's (short-lived) manager.
 * Shapes: B batch, C channels, T frames, H, W height and width, L tokens, D width, h heads, d head size.
 */
public final class Ops {
  private Ops() {}

  /** x·σ(x). */
  public static NDArray silu(NDArray x) {
    return x.mul(Activation.sigmoid(x));
  }

  public static NDArray gelu(NDArray x) {
    return Activation.gelu(x);
  }

  /** x (…, in) · w (in, out) + b (out). Weights are stored input-major so the activation leads. */
  public static NDArray linear(NDArray x, NDArray weight, NDArray bias) {
    NDArray y = x.matMul(weight);
    return bias == null ? y : y.add(bias);
  }

  /** LayerNorm over the last axis without affine parameters (adaLN supplies scale and shift). */
  public static NDArray layerNorm(NDArray x) {
    long width = x.getShape().get(x.getShape().dimension() - 1);
    NDManager manager = x.getManager();
    NDArray ones = manager.ones(new Shape(width));
    NDArray zeros = manager.zeros(new Shape(width));
    return LayerNorm.layerNorm(x, new Shape(width), ones, zeros, 1e-6f).singletonOrThrow();
  }

  /** Shift and scale a normalised x by the condition (DiT's adaLN): x·(1 + scale) + shift. */
  public static NDArray modulate(NDArray x, NDArray shift, NDArray scale) {
    return x.mul(scale.add(1f)).add(shift);
  }

  /**
   * GroupNorm (Wu & He, 2018) over x (B, C, …) composed from reshape, mean and variance; gamma and
   * beta are stored as (C, 1, 1, 1) so they broadcast over (T, H, W) without a reshape of the weight.
   */
  public static NDArray groupNorm(NDArray x, int groups, NDArray gamma, NDArray beta) {
    Shape shape = x.getShape();
    NDArray grouped = x.reshape(shape.get(0), groups, -1); // (B, G, C/G·T·H·W)
    NDArray mean = grouped.mean(new int[] {2}, true); // (B, G, 1)
    NDArray centred = grouped.sub(mean);
    NDArray variance = centred.square().mean(new int[] {2}, true); // (B, G, 1)
    NDArray normalised = centred.div(variance.add(1e-5f).sqrt()).reshape(shape); // (B, C, T, H, W)
    return normalised.mul(gamma).add(beta);
  }

  /**
   * Causal 3D convolution: x (B, C, T, H, W), weight (O, C, kt, kh, kw). Time is padded in front
   * with copies of the first frame, so output frame t sees input frames ≤ t only and the first
   * frame is encoded alone; space is zero-padded to keep H, W (divided by the stride).
   */
  public static NDArray causalConv3d(NDArray x, NDArray weight, NDArray bias, int temporalStride, int spatialStride) {
    Shape kernel = weight.getShape();
    long kt = kernel.get(2);
    long kh = kernel.get(3);
    NDArray padded = x;
    if (kt > 1) {
      NDArray first = x.get(":, :, 0:1"); // (B, C, 1, H, W)
      NDArray front = first.repeat(2, kt - 1); // (B, C, kt-1, H, W)
      padded = front.concat(x, 2); // (B, C, T+kt-1, H, W)
    }
    NDList out =
        Conv3d.conv3d(
            padded,
            weight,
            bias,
            new Shape(temporalStride, spatialStride, spatialStride),
            new Shape(0, kh / 2, kh / 2),
            new Shape(1, 1, 1),
            1);
    return out.singletonOrThrow();
  }

  /** (B, C, T, H, W) -> (B, C·p·p, T, H/p, W/p): folds p×p pixel blocks into channels. */
  public static NDArray spaceToDepth(NDArray x, int p) {
    Shape s = x.getShape();
    long b = s.get(0), c = s.get(1), t = s.get(2), h = s.get(3), w = s.get(4);
    return x.reshape(b, c, t, h / p, p, w / p, p) // (B, C, T, H/p, p, W/p, p)
        .transpose(0, 1, 4, 6, 2, 3, 5) // (B, C, p, p, T, H/p, W/p)
        .reshape(b, c * p * p, t, h / p, w / p);
  }

  /** Inverse of {@link #spaceToDepth}. */
  public static NDArray depthToSpace(NDArray x, int p) {
    Shape s = x.getShape();
    long b = s.get(0), cpp = s.get(1), t = s.get(2), h = s.get(3), w = s.get(4);
    long c = cpp / (p * p);
    return x.reshape(b, c, p, p, t, h, w) // (B, C, p, p, T, H, W)
        .transpose(0, 1, 4, 5, 2, 6, 3) // (B, C, T, H, p, W, p)
        .reshape(b, c, t, h * p, w * p);
  }

  /** Nearest-neighbour ×2 in space; in time too (keeping the lone first frame single) when asked. */
  public static NDArray upsample(NDArray x, boolean temporal) {
    NDArray y = x.repeat(3, 2).repeat(4, 2); // (B, C, T, 2H, 2W)
    if (temporal) {
      y = y.repeat(2, 2).get(":, :, 1:"); // (B, C, 2T-1, 2H, 2W)
    }
    return y;
  }

  /**
   * Scaled dot-product attention: q (B, h, Lq, d), k and v (B, h, Lk, d), optional additive bias
   * broadcastable to (B, h, Lq, Lk) (0 keep, large negative drop). Returns (B, h, Lq, d).
   */
  public static NDArray attention(NDArray q, NDArray k, NDArray v, NDArray bias) {
    double scale = 1.0 / Math.sqrt(q.getShape().get(3));
    NDArray scores = q.mul((float) scale).matMul(k.transpose(0, 1, 3, 2)); // (B, h, Lq, Lk)
    if (bias != null) scores = scores.add(bias);
    return scores.softmax(3).matMul(v); // (B, h, Lq, d)
  }

  /** (B, L, D) -> (B, h, L, d). */
  public static NDArray splitHeads(NDArray x, int heads) {
    Shape s = x.getShape();
    return x.reshape(s.get(0), s.get(1), heads, s.get(2) / heads).transpose(0, 2, 1, 3);
  }

  /** (B, h, L, d) -> (B, L, D). */
  public static NDArray mergeHeads(NDArray x) {
    Shape s = x.getShape();
    return x.transpose(0, 2, 1, 3).reshape(s.get(0), s.get(2), s.get(1) * s.get(3));
  }
}
