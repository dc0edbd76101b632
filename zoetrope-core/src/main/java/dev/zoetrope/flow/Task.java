package dev.zoetrope.flow;

import dev.zoetrope.compute.Rng;
import java.util.List;

/**
 * The training task mixture (DESIGN.md §3): which latent frames are given as clean conditioning.
 * One checkpoint then serves text-to-video, images, image-to-video, extension both ways and
 * connecting two clips. {@link #IMAGE} is a whole-batch task: the batch becomes its first frames.
 */
public enum Task {
  TEXT_TO_VIDEO,
  IMAGE,
  FIRST_FRAME,
  FIRST_K,
  LAST_K,
  BOTH_ENDS;

  /** Draws a task with the given weights (in declaration order). */
  public static Task draw(List<Double> weights, Rng rng) {
    double total = weights.stream().mapToDouble(Double::doubleValue).sum();
    double u = rng.nextDouble() * total;
    for (Task task : values()) {
      u -= weights.get(task.ordinal());
      if (u < 0) return task;
    }
    return TEXT_TO_VIDEO;
  }

  /** Per-latent-frame mask (1 = given) for a clip of {@code frames} latent frames. Never all given. */
  public float[] givenFrames(int frames, Rng rng) {
    float[] mask = new float[frames];
    if (frames < 2) return mask;
    switch (this) {
      case TEXT_TO_VIDEO, IMAGE -> {}
      case FIRST_FRAME -> mask[0] = 1;
      case FIRST_K -> fill(mask, 0, 1 + rng.nextInt(frames - 1));
      case LAST_K -> fill(mask, frames - 1 - rng.nextInt(frames - 1), frames);
      case BOTH_ENDS -> {
        if (frames < 3) {
          mask[0] = 1;
        } else {
          int first = 1 + rng.nextInt(frames - 2);
          int last = 1 + rng.nextInt(frames - 1 - first);
          fill(mask, 0, first);
          fill(mask, frames - last, frames);
        }
      }
    }
    return mask;
  }

  private static void fill(float[] mask, int from, int to) {
    for (int i = from; i < to; i++) mask[i] = 1;
  }
}
