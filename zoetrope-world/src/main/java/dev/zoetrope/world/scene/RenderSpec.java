package dev.zoetrope.world.scene;

/** How to render a scene: frame size in pixels, frames per second and frame count. */
public record RenderSpec(int width, int height, double fps, int frames) {
  public RenderSpec {
    if (width < 8 || height < 8 || width > 4096 || height > 4096) {
      throw new IllegalArgumentException("size must be 8..4096 per side, got " + width + "x" + height);
    }
    if (fps <= 0 || fps > 120) throw new IllegalArgumentException("fps must be in (0, 120], got " + fps);
    if (frames < 1) throw new IllegalArgumentException("frames must be >= 1, got " + frames);
  }

  /** Spec for a duration in seconds: round(seconds * fps) frames, at least one. */
  public static RenderSpec ofSeconds(int width, int height, double fps, double seconds) {
    return new RenderSpec(width, height, fps, Math.max(1, (int) Math.round(seconds * fps)));
  }

  public double seconds() {
    return frames / fps;
  }

  /** Time of frame i in seconds. */
  public double time(int frame) {
    return frame / fps;
  }
}
