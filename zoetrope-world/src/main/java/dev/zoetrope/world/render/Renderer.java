package dev.zoetrope.world.render;

import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders scenes: {@code Renderer.render(scene, spec)} gives every frame and its ground truth.
 * Rendering is a pure function of the scene and the spec (same inputs, same bytes), single-threaded
 * per clip; render clips in parallel for throughput.
 */
public final class Renderer {
  private Renderer() {}

  /** All frames of the clip with their truth. */
  public static RenderedClip render(Scene scene, RenderSpec spec) {
    FrameRenderer frames = new FrameRenderer(scene, spec);
    List<byte[]> pixels = new ArrayList<>(spec.frames());
    List<FrameTruth> truth = new ArrayList<>(spec.frames());
    for (int i = 0; i < spec.frames(); i++) {
      byte[] rgb = new byte[spec.width() * spec.height() * 3];
      truth.add(frames.render(i, rgb));
      pixels.add(rgb);
    }
    return new RenderedClip(scene, spec, new Video(spec.width(), spec.height(), spec.fps(), pixels), truth);
  }

  /** Frame {@code index} alone, written into {@code rgb} (width·height·3 bytes); returns its truth. */
  public static FrameTruth renderFrame(Scene scene, RenderSpec spec, int index, byte[] rgb) {
    if (index < 0 || index >= spec.frames()) throw new IllegalArgumentException("frame " + index + " of " + spec.frames());
    if (rgb.length != spec.width() * spec.height() * 3) throw new IllegalArgumentException("buffer size " + rgb.length);
    return new FrameRenderer(scene, spec).render(index, rgb);
  }
}
