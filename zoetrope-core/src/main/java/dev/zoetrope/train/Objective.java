package dev.zoetrope.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.nn.Parameters;

/** What a training run minimises, and which weights it moves. */
public interface Objective {
  /** Loss of one batch, built in {@code step}; every random draw comes from {@code rng}. */
  NDArray loss(NDManager step, Batch batch, Rng rng);

  Parameters trainable();

  /** "autoencoder", "decoder", "encoder" or "dit". */
  String target();

  /** An extra metric for the CSV (e.g. reconstruction PSNR), or "" . */
  default String extraMetric(NDArray loss) {
    return "";
  }
}
