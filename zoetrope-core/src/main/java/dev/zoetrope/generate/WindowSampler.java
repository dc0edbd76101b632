package dev.zoetrope.generate;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.config.AutoencoderConfig;
import dev.zoetrope.config.SamplerConfig;
import dev.zoetrope.dit.TextStates;
import dev.zoetrope.sample.Canvas;
import dev.zoetrope.sample.SamplingCore;
import dev.zoetrope.vae.Pixels;
import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples one window of pixel frames laid out as [prefix | new | suffix]. Prefix and suffix frames
 * are encoded with the causal encoder and become given latent frames; the new frames are either
 * filled from an SDEdit source or, for the encoder's context, cross-faded between the neighbours.
 * The new frames next to a given one carry the decoder's error on that frame ({@link SeamBlend}),
 * so the join does not jump.
 * Everything tensor-shaped lives in one manager per window, closed before returning.
 */
final class WindowSampler {
  private final Model model;
  private final SamplingCore core;

  WindowSampler(Model model) {
    this.model = model;
    this.core = new SamplingCore(model.transformer(), model.config().flow());
  }

  /**
   * One window's work: frame counts must add up to 1 + τ·k. {@code contextNoise} is the level its
   * given frames are handed to the model at (0 = clean).
   */
  record Window(List<byte[]> prefix, int count, List<byte[]> suffix, List<byte[]> source, double strength, double contextNoise) {
    int frames() {
      return prefix.size() + count + suffix.size();
    }
  }

  /** Returns the {@code count} new frames of the window. */
  List<byte[]> sample(Window window, int width, int height, TextStates prompt, SamplerConfig sampler, long seed,
      dev.zoetrope.generate.ProgressListener progress) {
    AutoencoderConfig ae = model.config().autoencoder();
    ae.checkFrames(window.frames());
    int latentFrames = ae.latentFrames(window.frames());
    int prefixLatents = window.prefix().isEmpty() ? 0 : ae.latentFrames(window.prefix().size());
    int suffixLatents = window.suffix().size() / ae.temporalDownsample();
    float[] givenFrames = new float[latentFrames];
    for (int f = 0; f < prefixLatents; f++) givenFrames[f] = 1;
    for (int f = latentFrames - suffixLatents; f < latentFrames; f++) givenFrames[f] = 1;
    int c = ae.latentChannels(), h = height / ae.spatialDownsample(), w = width / ae.spatialDownsample();
    try (NDManager manager = Compute.newManager()) {
      boolean anyGiven = prefixLatents + suffixLatents > 0 || window.source() != null;
      float[] encoded = anyGiven ? encode(manager, window, width, height) : null; // (C, F, h, w); nothing to encode for pure text
      float[] source = window.source() == null ? null : encoded;
      Canvas canvas = new Canvas(c, latentFrames, h, w, encoded, givenFrames, source, window.source() == null ? 1.0 : window.strength(),
          prefixLatents + suffixLatents > 0 ? window.contextNoise() : 0);
      float[] latent = core.sample(manager, canvas, prompt, sampler, seed, progress);
      progress.progress(1.0, "decode");
      float[] decoded = model.autoencoder().decode(Tensors.of(manager, latent, 1, c, latentFrames, h, w)).toFloatArray();
      List<byte[]> frames = Pixels.toFrames(decoded, window.frames(), height, width);
      int first = window.prefix().size(), end = first + window.count();
      List<byte[]> out = new ArrayList<>(frames.subList(first, end));
      if (first > 0) SeamBlend.carry(window.prefix().get(first - 1), frames.get(first - 1), out, SeamBlend.FADE);
      if (!window.suffix().isEmpty()) {
        List<byte[]> backwards = new ArrayList<>(out); // the same frames, from the join after them outwards
        java.util.Collections.reverse(backwards);
        SeamBlend.carry(window.suffix().get(0), frames.get(end), backwards, SeamBlend.FADE);
      }
      return out;
    }
  }

  private float[] encode(NDManager manager, Window window, int width, int height) {
    Video canvas = new Video(width, height, model.config().fps(), canvasFrames(window, width, height));
    NDArray pixels = Tensors.of(manager, Pixels.toFloats(canvas, 0, window.frames()), 1, 3, window.frames(), height, width);
    return model.autoencoder().encode(pixels).toFloatArray();
  }

  /** [prefix | source or cross-fade | suffix]: the context the encoder sees for the given frames. */
  private static List<byte[]> canvasFrames(Window window, int width, int height) {
    List<byte[]> frames = new ArrayList<>(window.prefix());
    byte[] before = window.prefix().isEmpty() ? null : window.prefix().get(window.prefix().size() - 1);
    byte[] after = window.suffix().isEmpty() ? null : window.suffix().get(0);
    if (before == null) before = after;
    if (after == null) after = before;
    for (int i = 0; i < window.count(); i++) {
      if (window.source() != null) {
        frames.add(window.source().get(i));
      } else if (before == null) {
        frames.add(grey(width, height));
      } else {
        frames.add(blend(before, after, (i + 1.0) / (window.count() + 1)));
      }
    }
    frames.addAll(window.suffix());
    return frames;
  }

  private static byte[] grey(int width, int height) {
    byte[] frame = new byte[width * height * 3];
    java.util.Arrays.fill(frame, (byte) 128);
    return frame;
  }

  private static byte[] blend(byte[] a, byte[] b, double f) {
    byte[] out = new byte[a.length];
    for (int i = 0; i < a.length; i++) out[i] = (byte) Math.round((a[i] & 0xFF) * (1 - f) + (b[i] & 0xFF) * f);
    return out;
  }
}
