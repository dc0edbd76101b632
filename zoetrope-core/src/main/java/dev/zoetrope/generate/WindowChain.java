package dev.zoetrope.generate;

import dev.zoetrope.compute.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Videos longer than one window: chained extension with overlap. Each window is given the last
 * frames made so far (forward) or the first ones (backward), re-encoded by the causal encoder, so
 * only a few frames of context and one window of tensors are alive at a time: memory is flat in
 * the video's length. Window sizes follow the 1 + τ·k frame rule. A window whose given frames
 * are all ones the chain made hands them to the model at {@code contextNoise} (0 = clean); frames
 * the caller gave (an image, a video to extend or join) are always handed over clean.
 */
final class WindowChain {
  /** Samples one window; returns its {@code count} new frames. */
  @FunctionalInterface
  interface Sampler {
    List<byte[]> sample(WindowSampler.Window window, long seed, ProgressListener progress);
  }

  private final int tau;
  private final int maxFrames;
  private final int overlapLatents;
  private final Sampler sampler;
  private final long seed;
  private final double contextNoise;

  WindowChain(int temporalDownsample, int maxLatentFrames, int overlapLatents, Sampler sampler, long seed, double contextNoise) {
    this.tau = temporalDownsample;
    this.maxFrames = 1 + temporalDownsample * (maxLatentFrames - 1);
    this.overlapLatents = overlapLatents;
    this.sampler = sampler;
    this.seed = seed;
    this.contextNoise = contextNoise;
  }

  /**
   * {@code count} new frames after {@code context}; the last window also leads into {@code suffix}
   * (then its length is rounded up to the frame rule). {@code source} supplies SDEdit frames per
   * new frame, or is null.
   */
  List<byte[]> forward(List<byte[]> context, int count, List<byte[]> suffix, List<byte[]> source, double strength,
      ProgressListener progress) {
    List<byte[]> made = new ArrayList<>();
    boolean suffixDone = suffix.isEmpty();
    int window = 0;
    while (made.size() < count || !suffixDone) {
      List<byte[]> prefix = tail(context, made, prefixLength(context.size() + made.size()));
      int remaining = Math.max(0, count - made.size());
      int fixed = prefix.isEmpty() ? 1 : 0; // frames that a count needs to meet 1 + τ·k
      if (!suffix.isEmpty() && prefix.size() + (fixed == 0 ? tau : 1) + suffix.size() > maxFrames) {
        throw new IllegalArgumentException("the model's window (" + maxFrames + " frames) is too short to join "
            + prefix.size() + " given frames to " + suffix.size() + " given frames");
      }
      boolean last = !suffix.isEmpty() && prefix.size() + roundUp(Math.max(remaining, 1), fixed) + suffix.size() <= maxFrames;
      List<byte[]> closing = last ? suffix : List.of();
      int room = maxFrames - prefix.size() - closing.size();
      int n = Math.min(roundUp(Math.max(remaining, last ? 1 : remaining), fixed), room - (room - fixed) % tau);
      if (n <= 0) throw new IllegalArgumentException("the model's window is too short for this conditioning");
      List<byte[]> sourceFrames = source == null ? null : slice(source, made.size(), n);
      final int done = made.size();
      ProgressListener windowProgress = (f, stage) -> progress.progress(Math.min(1.0, (done + f * n) / Math.max(1.0, count)), stage);
      boolean ownContext = made.size() >= prefix.size() && closing.isEmpty();
      var work = new WindowSampler.Window(prefix, n, closing, sourceFrames, strength, ownContext ? contextNoise : 0);
      made.addAll(sampler.sample(work, Rng.derive(seed, window++).nextLong(), windowProgress));
      suffixDone |= last;
    }
    return suffix.isEmpty() ? new ArrayList<>(made.subList(0, count)) : made;
  }

  /** {@code count} new frames before {@code future}, made back to front. */
  List<byte[]> backward(List<byte[]> future, int count, ProgressListener progress) {
    List<byte[]> made = new ArrayList<>();
    int window = 0;
    while (made.size() < count) {
      List<byte[]> history = new ArrayList<>(made);
      history.addAll(future.subList(0, Math.min(future.size(), overlapLatents * tau)));
      List<byte[]> suffix = head(history, suffixLength(history.size()));
      int room = maxFrames - suffix.size();
      int n = Math.min(roundUp(count - made.size(), 1), room);
      final int done = made.size();
      ProgressListener windowProgress = (f, stage) -> progress.progress(Math.min(1.0, (done + f * n) / (double) count), stage);
      var work = new WindowSampler.Window(List.of(), n, suffix, null, 1.0, made.size() >= suffix.size() ? contextNoise : 0);
      List<byte[]> frames = sampler.sample(work, Rng.derive(seed, window++).nextLong(), windowProgress);
      frames.addAll(made);
      made = frames;
    }
    return new ArrayList<>(made.subList(made.size() - count, made.size()));
  }

  /** Frames of context to give: 1 + τ·(k − 1) for k = min(overlap, what is there). */
  private int prefixLength(int available) {
    if (available == 0) return 0;
    int latents = Math.min(overlapLatents, 1 + (available - 1) / tau);
    return 1 + tau * (latents - 1);
  }

  /** Frames given at a window's end: τ·k, padded from a still when the video is shorter than τ. */
  private int suffixLength(int available) {
    return tau * Math.max(1, Math.min(overlapLatents, available / tau));
  }

  /** The suffix for a target video: its first τ·k frames (a still for very short inputs). */
  List<byte[]> suffixOf(List<byte[]> video) {
    return head(video, suffixLength(video.size()));
  }

  /** Smallest n ≥ value with n ≡ fixed (mod τ). */
  private int roundUp(int value, int fixed) {
    int n = Math.max(value, fixed == 0 ? tau : 1);
    while ((n - fixed) % tau != 0) n++;
    return n;
  }

  private static List<byte[]> tail(List<byte[]> context, List<byte[]> made, int length) {
    List<byte[]> all = new ArrayList<>(context.subList(Math.max(0, context.size() - length), context.size()));
    all.addAll(made);
    return new ArrayList<>(all.subList(all.size() - length, all.size()));
  }

  private static List<byte[]> head(List<byte[]> frames, int length) {
    List<byte[]> out = new ArrayList<>(frames.subList(0, Math.min(length, frames.size())));
    while (out.size() < length) out.add(out.get(out.size() - 1));
    return out;
  }

  private static List<byte[]> slice(List<byte[]> frames, int from, int count) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) out.add(frames.get(Math.min(from + i, frames.size() - 1)));
    return out;
  }
}
