package dev.zoetrope.world.oracle;

import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;

/** Hand-built test clips: a textured background under a camera, and shapes drawn per frame. */
final class Clips {
  interface Painter {
    /** Draws frame {@code k} (time {@code t} seconds) on {@code sketch}. */
    void paint(int k, double t, Sketch sketch);
  }

  private Clips() {}

  /** A clip on a static plain background. */
  static Video plain(int width, int height, double fps, int frames, Painter painter) {
    List<byte[]> out = new ArrayList<>();
    for (int k = 0; k < frames; k++) {
      Sketch s = new Sketch(width, height, 0x8DA5BA);
      painter.paint(k, k / fps, s);
      out.add(s.rgb);
    }
    return new Video(width, height, fps, out);
  }

  /** A clip on a textured background seen by a camera stepping (dx, dy) pixels per frame. */
  static Video panned(int width, int height, double fps, int frames, double dx, double dy, Painter painter) {
    List<byte[]> out = new ArrayList<>();
    for (int k = 0; k < frames; k++) {
      Sketch s = Sketch.textured(width, height, dx * k, dy * k, 1);
      painter.paint(k, k / fps, s);
      out.add(s.rgb);
    }
    return new Video(width, height, fps, out);
  }
}
