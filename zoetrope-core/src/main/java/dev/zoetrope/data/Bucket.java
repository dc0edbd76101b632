package dev.zoetrope.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One shape of clip: every clip in a bucket has {@code frames × height × width} pixels, so a batch
 * of them stacks into one tensor. Frame counts have the form 1 + 4k (the autoencoder's temporal
 * stride is 4 and its first frame is encoded alone).
 */
public record Bucket(int frames, int height, int width) {
  /** Frame counts of the standard buckets: an image, then 0.5 s to 4 s at 8 fps. */
  public static final List<Integer> FRAME_COUNTS = List.of(1, 5, 9, 17, 33);
  /** Sizes (width, height) of the standard buckets: 1:1, 16:9 and 9:16. */
  public static final List<int[]> SIZES = List.of(new int[] {128, 128}, new int[] {224, 128}, new int[] {128, 224});

  public Bucket {
    if (frames < 1 || (frames - 1) % 4 != 0) throw new IllegalArgumentException("frames must be 1 + 4k, got " + frames);
    if (height < 8 || width < 8 || height % 8 != 0 || width % 8 != 0) {
      throw new IllegalArgumentException("height and width must be multiples of 8, got " + width + "x" + height);
    }
  }

  /** All 15 standard buckets. */
  public static List<Bucket> standard() {
    List<Bucket> buckets = new ArrayList<>();
    for (int[] size : SIZES) for (int frames : FRAME_COUNTS) buckets.add(new Bucket(frames, size[1], size[0]));
    return List.copyOf(buckets);
  }

  /** Parses a bucket name such as {@code f17_h128_w224}. */
  public static Bucket parse(String name) {
    String[] parts = name.split("_");
    if (parts.length != 3 || !parts[0].startsWith("f") || !parts[1].startsWith("h") || !parts[2].startsWith("w")) {
      throw new IllegalArgumentException("bucket name must look like f17_h128_w224, got '" + name + "'");
    }
    return new Bucket(Integer.parseInt(parts[0].substring(1)), Integer.parseInt(parts[1].substring(1)), Integer.parseInt(parts[2].substring(1)));
  }

  /** The standard size whose aspect ratio is nearest (in log ratio) to width:height. */
  public static int[] nearestSize(int width, int height) {
    double aspect = Math.log((double) width / height);
    return SIZES.stream().min(Comparator.comparingDouble(s -> Math.abs(Math.log((double) s[0] / s[1]) - aspect))).orElseThrow();
  }

  /** The largest standard frame count not above {@code available}. */
  public static int framesFor(int available) {
    int best = 1;
    for (int f : FRAME_COUNTS) if (f <= available) best = f;
    return best;
  }

  public String name() {
    return "f" + frames + "_h" + height + "_w" + width;
  }

  public int frameBytes() {
    return height * width * 3;
  }

  public int clipBytes() {
    return frames * frameBytes();
  }
}
