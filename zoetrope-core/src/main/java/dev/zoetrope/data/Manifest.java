package dev.zoetrope.data;

import java.util.List;

/**
 * {@code manifest.json}, written last: a dataset without it is incomplete. Lists every bucket with
 * its shards (paths relative to the dataset folder, without extension).
 */
public record Manifest(String format, int version, double fps, Compression compression, long clips, String source, List<BucketEntry> buckets) {
  public static final String FORMAT = "zoetrope-shards";
  public static final int VERSION = 1;

  public Manifest {
    buckets = List.copyOf(buckets);
  }

  public record BucketEntry(int frames, int height, int width, long clips, List<String> shards) {
    public Bucket bucket() {
      return new Bucket(frames, height, width);
    }
  }
}
