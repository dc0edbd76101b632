package dev.zoetrope.world.bench;

import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The floors: degenerate videos every dimension should tell apart from the real thing. For
 * conditioned modes only the generated part is replaced (engines hand the given frames back), so
 * a floor fails what the model was asked to add, not what it was given.
 */
public final class Controls {
  private Controls() {}

  /** The first new frame held for the whole of the new part. */
  public static EntryClip frozen(EntryClip truth) {
    int from = newFrom(truth);
    List<byte[]> frames = new ArrayList<>(truth.output().frames());
    byte[] held = frames.get(from == 0 ? 0 : from - 1);
    for (int k = from; k < newTo(truth); k++) frames.set(k, held);
    return new EntryClip(truth.entry(), with(truth.output(), frames), truth.inputs());
  }

  /** Uniform random RGB in place of the new part, seeded by the entry. */
  public static EntryClip noise(EntryClip truth) {
    SplittableRandom random = new SplittableRandom(truth.entry().seed() * 31 + 7);
    List<byte[]> frames = new ArrayList<>(truth.output().frames());
    for (int k = newFrom(truth); k < newTo(truth); k++) {
      byte[] rgb = new byte[frames.get(k).length];
      for (int i = 0; i < rgb.length; i++) rgb[i] = (byte) random.nextInt(256);
      frames.set(k, rgb);
    }
    return new EntryClip(truth.entry(), with(truth.output(), frames), truth.inputs());
  }

  /** First frame of the generated part: after the image (i2v), the input (extend), the first video (connect). */
  private static int newFrom(EntryClip clip) {
    return switch (clip.entry().mode()) {
      case T2V -> 0;
      case I2V -> 1;
      case EXTEND, CONNECT -> clip.inputs().get(0).frameCount();
    };
  }

  private static int newTo(EntryClip clip) {
    int frames = clip.output().frameCount();
    return clip.entry().mode() == Mode.CONNECT ? frames - clip.inputs().get(1).frameCount() : frames;
  }

  private static Video with(Video like, List<byte[]> frames) {
    return new Video(like.width(), like.height(), like.fps(), frames);
  }
}
