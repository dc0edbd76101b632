package dev.zoetrope.train;

import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;

/**
 * A small built-in world for tests and smoke runs: one coloured square or disc moving in one of
 * four directions over a plain background, with a caption that says which. The full procedural
 * world (renderer and captioner) is the real training source.
 */
public final class SyntheticClips implements ClipSource {
  private static final String[] COLOUR_NAMES = {"red", "green", "blue", "yellow"};
  private static final int[][] COLOURS = {{230, 40, 40}, {40, 200, 60}, {50, 80, 230}, {240, 220, 40}};
  private static final String[] DIRECTIONS = {"right", "left", "down", "up"};
  private static final int[][] STEPS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
  private static final String[] SHAPES = {"square", "ball"};

  @Override
  public Clip clip(Bucket bucket, Rng rng) {
    return draw(bucket, rng.nextInt(COLOURS.length), rng.nextInt(DIRECTIONS.length), rng.nextInt(SHAPES.length));
  }

  /** The clip for fixed choices (tests overfit one of these). */
  public static Clip draw(Bucket bucket, int colour, int direction, int shape) {
    int w = bucket.width(), h = bucket.height(), size = Math.max(4, Math.min(w, h) / 3);
    List<byte[]> frames = new ArrayList<>();
    double travel = Math.min(w, h) / 2.0;
    for (int f = 0; f < bucket.frames(); f++) {
      double progress = bucket.frames() == 1 ? 0.5 : (double) f / (bucket.frames() - 1);
      double cx = w / 2.0 + STEPS[direction][0] * travel * (progress - 0.5);
      double cy = h / 2.0 + STEPS[direction][1] * travel * (progress - 0.5);
      frames.add(frame(w, h, cx, cy, size, COLOURS[colour], shape == 1));
    }
    String caption = "a " + COLOUR_NAMES[colour] + " " + SHAPES[shape] + " moves " + DIRECTIONS[direction];
    return new Clip(new Video(w, h, 8, frames), caption);
  }

  private static byte[] frame(int w, int h, double cx, double cy, int size, int[] colour, boolean disc) {
    byte[] pixels = new byte[w * h * 3];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double dx = x + 0.5 - cx, dy = y + 0.5 - cy, r = size / 2.0;
        boolean inside = disc ? dx * dx + dy * dy <= r * r : Math.abs(dx) <= r && Math.abs(dy) <= r;
        int[] rgb = inside ? colour : new int[] {120, 130 + y * 40 / h, 140};
        for (int c = 0; c < 3; c++) pixels[(y * w + x) * 3 + c] = (byte) rgb[c];
      }
    }
    return pixels;
  }

  @Override
  public String describe() {
    return "built-in synthetic clips: one coloured square or ball moving in one of four directions";
  }
}
