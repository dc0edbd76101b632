package dev.zoetrope.train;

import dev.zoetrope.config.TrainConfig;
import java.util.List;

/** What an exact resume needs besides tensors: the step, the RNG state and the wall clock so far. */
public record TrainingState(String target, int step, long adamUpdates, long[] rng, double elapsedSeconds, TrainConfig train) {
  public TrainingState {
    if (!List.of("autoencoder", "decoder", "encoder", "dit").contains(target)) throw new IllegalArgumentException("target " + target);
    if (rng == null || rng.length != 2) throw new IllegalArgumentException("rng state needs 2 numbers");
  }
}
