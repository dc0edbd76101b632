package dev.zoetrope.generate;

import java.util.Objects;

/**
 * One generation. {@code frames} is the output length (1 = an image); {@code steps} and
 * {@code guidance} of 0 mean "the model's defaults". The prompt is used as given: moderation and
 * prompt expansion happen before this request is built.
 */
public record GenerationRequest(
    String prompt,
    int width,
    int height,
    int frames,
    double fps,
    long seed,
    int steps,
    double guidance,
    Conditioning conditioning) {
  public GenerationRequest {
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(conditioning, "conditioning");
    if (width <= 0 || height <= 0) throw new IllegalArgumentException("size " + width + "x" + height);
    if (frames < 1) throw new IllegalArgumentException("frames must be >= 1, got " + frames);
    if (fps <= 0) throw new IllegalArgumentException("fps must be > 0, got " + fps);
    if (steps < 0) throw new IllegalArgumentException("steps must be >= 0, got " + steps);
    if (guidance < 0) throw new IllegalArgumentException("guidance must be >= 0, got " + guidance);
  }

  public static GenerationRequest text(String prompt, int width, int height, int frames, double fps, long seed) {
    return new GenerationRequest(prompt, width, height, frames, fps, seed, 0, 0, new Conditioning.TextOnly());
  }

  public GenerationRequest withConditioning(Conditioning c) {
    return new GenerationRequest(prompt, width, height, frames, fps, seed, steps, guidance, c);
  }
}
