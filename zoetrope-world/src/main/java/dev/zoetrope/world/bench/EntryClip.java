package dev.zoetrope.world.bench;

import dev.zoetrope.world.video.Video;
import java.util.List;
import java.util.Objects;

/**
 * A suite entry with its videos: the output to score and the inputs the model was given (empty for
 * text to video). For conditioned modes the output contains the inputs as the engine returns them:
 * extend = input + new frames, connect = first + transition + second, i2v = image + the rest.
 */
public record EntryClip(SuiteEntry entry, Video output, List<Video> inputs) {
  public EntryClip {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(output, "output");
    inputs = List.copyOf(inputs);
    if (output.frameCount() == 0) throw new IllegalArgumentException(entry.id() + ": the output has no frames");
  }

  /** Frame indices where given frames meet new ones (extend: one seam, connect: two). */
  public List<Integer> seams() {
    return switch (entry.mode()) {
      case T2V, I2V -> List.of();
      case EXTEND -> List.of(inputs.get(0).frameCount());
      case CONNECT -> List.of(
          inputs.get(0).frameCount(),
          output.frameCount() - inputs.get(1).frameCount());
    };
  }
}
