package dev.zoetrope.world.bench;

import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.video.Video;
import java.util.List;

/**
 * The ceiling: what a perfect model would return for an entry. The entry's scene is drawn with
 * {@code SceneSampler.sample(seed, expected)} over the full world (held-out compositions
 * included), so every stated fact holds; the renderer draws the whole timeline, and the inputs are
 * cut from the same timeline, so the output continues them exactly.
 */
public final class GroundTruth {
  /** Seed offset of the reference renders FD and KID compare against (same facts, other scenes). */
  public static final long REFERENCE_OFFSET = 1_000_003L;

  private final SceneSampler sampler = new SceneSampler(WorldSpec.full());

  public Scene scene(SuiteEntry entry, long seed) {
    return sampler.sample(seed, entry.expected());
  }

  /** The entry's inputs and ideal output. */
  public EntryClip render(SuiteEntry entry) {
    return render(entry, entry.seed());
  }

  /** The same facts drawn as another scene: the reference set for distribution distances. */
  public EntryClip reference(SuiteEntry entry) {
    return render(entry, entry.seed() + REFERENCE_OFFSET);
  }

  private EntryClip render(SuiteEntry entry, long seed) {
    Scene scene = scene(entry, seed);
    double fps = entry.fps();
    int fresh = entry.frames();
    return switch (entry.mode()) {
      case T2V -> new EntryClip(entry, timeline(scene, entry, fresh), List.of());
      case I2V -> {
        Video all = timeline(scene, entry, fresh);
        yield new EntryClip(entry, all, List.of(slice(all, 0, 1)));
      }
      case EXTEND -> {
        int given = frames(entry.inputs().get(0), fps);
        Video all = timeline(scene, entry, given + fresh);
        yield new EntryClip(entry, all, List.of(slice(all, 0, given)));
      }
      case CONNECT -> {
        int first = frames(entry.inputs().get(0), fps);
        int second = frames(entry.inputs().get(1), fps);
        Video all = timeline(scene, entry, first + fresh + second);
        yield new EntryClip(entry, all, List.of(slice(all, 0, first), slice(all, first + fresh, all.frameCount())));
      }
    };
  }

  /** Frames of the entry's whole timeline: its inputs and the new part. */
  static int timelineFrames(SuiteEntry entry) {
    int frames = entry.frames();
    for (ClipWindow window : entry.mode() == Mode.I2V ? List.<ClipWindow>of() : entry.inputs()) frames += frames(window, entry.fps());
    return frames;
  }

  /** Frames of an input window: one for an image, else round(duration * fps). */
  static int frames(ClipWindow window, double fps) {
    return window.isImage() ? 1 : Math.max(1, (int) Math.round((window.to() - window.from()) * fps));
  }

  private static Video timeline(Scene scene, SuiteEntry entry, int frames) {
    return Renderer.render(scene, new RenderSpec(entry.width(), entry.height(), entry.fps(), frames)).video();
  }

  static Video slice(Video video, int from, int to) {
    return new Video(video.width(), video.height(), video.fps(), video.frames().subList(from, to));
  }
}
