package dev.zoetrope.server.jobs;

/** How requested seconds become frames for the generator. */
public record FrameTiming(double fps) {
  public FrameTiming {
    if (!(fps > 0 && fps <= 120)) throw new IllegalArgumentException("fps must be in (0, 120], got " + fps);
  }

  /**
   * The causal autoencoder (temporal stride 4, first frame encoded alone) takes 1 + 4k frames, so a
   * duration is rounded to the nearest such length.
   */
  public int frames(int seconds) {
    long fourFrameGroups = Math.max(1, Math.round(seconds * fps / 4));
    return (int) (1 + 4 * fourFrameGroups);
  }
}
