package dev.zoetrope.modes;

import dev.zoetrope.media.VideoReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Receives decoded frames and keeps those the model's frame rate needs, each fitted to the video
 * size chosen when the first frame arrives. At the model's own rate every frame is kept unchanged
 * (so a video Zoetrope made comes back as it was decoded); at another rate, output frame k is the
 * input frame nearest in time to k / fps. Input time is frame index / input rate, which ignores
 * container timestamps: variable-rate files are read as if constant.
 */
final class Retimer implements VideoReader.FrameSink {
  /** Rates closer than this are the same rate: no frame is dropped or repeated. */
  static final double SAME_RATE = 1e-3;

  private final SizeGrid grid;
  private final VideoSize requested;
  private final double fps;
  private final int maxFrames;
  private final List<byte[]> frames = new ArrayList<>();
  private VideoReader.Info info;
  private VideoSize target;
  private byte[] previous;
  private double previousTime;
  private int decoded;
  private boolean tooLong;

  /** {@code requested} is the size asked for, or null to choose one from the input. */
  Retimer(SizeGrid grid, VideoSize requested, double fps, int maxFrames) {
    this.grid = grid;
    this.requested = requested;
    this.fps = fps;
    this.maxFrames = maxFrames;
  }

  @Override
  public boolean accept(VideoReader.Info stream, int index, double seconds, byte[] rgb) {
    if (target == null) {
      info = stream;
      target = requested != null ? grid.check(requested) : grid.forInput(stream.width(), stream.height());
    }
    decoded++;
    if (Math.abs(stream.fps() - fps) < SAME_RATE) {
      frames.add(fit(rgb));
    } else {
      double time = index / stream.fps();
      for (double next = frames.size() / fps; next <= time; next = frames.size() / fps) {
        boolean previousIsNearer = previous != null && next - previousTime <= time - next; // ties: the earlier frame
        frames.add(previousIsNearer ? fit(previous) : fit(rgb));
      }
      previous = rgb;
      previousTime = time;
    }
    tooLong = frames.size() > maxFrames;
    return !tooLong;
  }

  /** The frames, padded with the last one to the input's duration at the new rate. */
  List<byte[]> frames() {
    if (previous != null) {
      long wanted = Math.round(decoded / info.fps() * fps);
      while (frames.size() < wanted) frames.add(fit(previous));
    }
    if (frames.isEmpty() && previous != null) frames.add(fit(previous));
    return frames;
  }

  boolean tooLong() {
    return tooLong;
  }

  VideoReader.Info info() {
    return info;
  }

  VideoSize target() {
    return target;
  }

  private byte[] fit(byte[] rgb) {
    return Fitting.fit(rgb, info.width(), info.height(), target);
  }
}
