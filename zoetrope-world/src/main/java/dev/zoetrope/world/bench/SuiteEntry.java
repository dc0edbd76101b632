package dev.zoetrope.world.bench;

import dev.zoetrope.world.scene.SceneFacts;
import java.util.List;
import java.util.Objects;

/**
 * One line of a suite: a prompt and how to generate it, the inputs conditioned modes get, and the
 * facts the prompt states (what the bench checks).
 *
 * @param seconds length of the new content: the whole clip for t2v and i2v, the new frames for
 *     extend, the transition for connect
 * @param inputs windows of the entry's scene given to the model (see {@link Mode})
 * @param expected facts the prompt states; unstated ones are null and not checked
 */
public record SuiteEntry(
    String id,
    String prompt,
    long seed,
    int width,
    int height,
    double seconds,
    double fps,
    Mode mode,
    List<ClipWindow> inputs,
    SceneFacts expected) {
  public SuiteEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(expected, "expected");
    inputs = List.copyOf(inputs);
    if (width < 16 || height < 16) throw new IllegalArgumentException(id + ": size " + width + "x" + height);
    if (!(seconds > 0) || !(fps > 0)) throw new IllegalArgumentException(id + ": seconds and fps must be > 0");
    if (inputs.size() != mode.inputs()) {
      throw new IllegalArgumentException(id + ": mode " + mode.key() + " takes " + mode.inputs() + " inputs, got " + inputs.size());
    }
    if (mode == Mode.I2V && !inputs.get(0).isImage()) throw new IllegalArgumentException(id + ": i2v input must be one frame");
  }

  /** Frames of new content: round(seconds * fps), at least one. */
  public int frames() {
    return Math.max(1, (int) Math.round(seconds * fps));
  }

  /** The size as WIDTHxHEIGHT. */
  public String size() {
    return width + "x" + height;
  }
}
