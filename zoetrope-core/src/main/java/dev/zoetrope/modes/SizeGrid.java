package dev.zoetrope.modes;

import dev.zoetrope.config.ModelConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The frame sizes a model makes: both sides multiples of its size {@code step} (the autoencoder's
 * stride times the transformer's patch), from one step up to {@code maxSide}.
 *
 * <p>An input image or video keeps its own size when that size is on the grid and neither side
 * exceeds {@code inputSide}; otherwise it is scaled down (never up) until its longer side is at most
 * {@code inputSide} and each side is rounded to the nearest step, and the frames are then fitted to
 * that size (scale to cover, centre crop). The cap keeps a photo from becoming a video whose
 * attention cost is hundreds of times that of the sizes the model was trained at.
 */
public record SizeGrid(int step, int maxSide, int inputSide) {
  /** The largest side a request may ask for: 1024 tokens per latent frame at step 16. */
  public static final int MAX_SIDE = 512;
  /** The largest side an input keeps without being asked (--size). */
  public static final int INPUT_SIDE = 256;

  public SizeGrid {
    if (step < 1) throw new IllegalArgumentException("step must be >= 1, got " + step);
    if (maxSide < step || maxSide % step != 0) throw new IllegalArgumentException("maxSide must be a multiple of " + step + ", got " + maxSide);
    if (inputSide < step || inputSide > maxSide) throw new IllegalArgumentException("inputSide must be in " + step + ".." + maxSide);
  }

  public static SizeGrid of(ModelConfig config) {
    int step = config.sizeMultiple();
    return new SizeGrid(step, Math.max(step, MAX_SIDE / step * step), Math.max(step, INPUT_SIDE / step * step));
  }

  public boolean contains(VideoSize size) {
    return onGrid(size.width()) && onGrid(size.height());
  }

  /** Returns {@code size} if the model makes it; otherwise the message lists valid sizes nearby. */
  public VideoSize check(VideoSize size) {
    if (contains(size)) return size;
    String nearby = nearby(size).stream().map(VideoSize::toString).collect(Collectors.joining(", "));
    throw new IllegalArgumentException("size " + size + " is not one this model makes: both sides must be multiples of " + step
        + " from " + step + " to " + maxSide + "; valid sizes nearby: " + nearby);
  }

  /** Up to four valid sizes around {@code size}, nearest first. */
  public List<VideoSize> nearby(VideoSize size) {
    List<VideoSize> candidates = new ArrayList<>();
    for (int width : neighbours(size.width())) {
      for (int height : neighbours(size.height())) candidates.add(new VideoSize(width, height));
    }
    Comparator<VideoSize> byDistance = Comparator.comparingInt(
        candidate -> Math.abs(candidate.width() - size.width()) + Math.abs(candidate.height() - size.height()));
    return candidates.stream().sorted(byDistance).distinct().limit(4).toList();
  }

  /** The video size for an input of {@code width x height} when no size was asked for (see the class comment). */
  public VideoSize forInput(int width, int height) {
    VideoSize source = new VideoSize(width, height);
    if (contains(source) && Math.max(width, height) <= inputSide) return source;
    double scale = Math.min(1.0, inputSide / (double) Math.max(width, height));
    return new VideoSize(snap(width * scale), snap(height * scale));
  }

  private boolean onGrid(int side) {
    return side % step == 0 && side >= step && side <= maxSide;
  }

  /** The grid values just below and above {@code side}, clamped to the grid. */
  private Set<Integer> neighbours(int side) {
    Set<Integer> out = new LinkedHashSet<>();
    out.add(clamp(Math.floorDiv(side, step) * step));
    out.add(clamp(Math.floorDiv(side + step - 1, step) * step));
    return out;
  }

  private int snap(double side) {
    return clamp((int) Math.round(side / step) * step);
  }

  private int clamp(int side) {
    return Math.max(step, Math.min(maxSide, side));
  }
}
