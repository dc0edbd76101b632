package dev.zoetrope.data;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.zoetrope.world.video.Video;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Reads a dataset folder. {@link #batches} streams one epoch of one bucket in an order shuffled by
 * a seed (same seed, same order), reading each clip with one positional read; safe to use from
 * several threads. Only the index stays in memory (ids, offsets, captions), not the clips.
 */
public final class DatasetReader implements AutoCloseable {
  /** One decoded clip: (F, H, W, 3) uint8 RGB. */
  public record Sample(String id, Bucket bucket, byte[] rgb, String caption, List<String> captions, String source) {
    public Video video(double fps) {
      List<byte[]> frames = new ArrayList<>(bucket.frames());
      for (int f = 0; f < bucket.frames(); f++) {
        byte[] frame = new byte[bucket.frameBytes()];
        System.arraycopy(rgb, f * frame.length, frame, 0, frame.length);
        frames.add(frame);
      }
      return new Video(bucket.width(), bucket.height(), fps, frames);
    }
  }

  /** Samples of one bucket, stackable into one (B, F, H, W, 3) array. */
  public record Batch(Bucket bucket, List<Sample> samples) {
    public int size() {
      return samples.size();
    }
  }

  private record Entry(int shard, long offset, int length, String id, String caption, List<String> captions, String source) {}

  private final Path root;
  private final Manifest manifest;
  private final Map<Bucket, List<Entry>> entries = new LinkedHashMap<>();
  private final List<Path> shardFiles = new ArrayList<>();
  private final List<FileChannel> channels = new ArrayList<>();

  private DatasetReader(Path root, Manifest manifest) {
    this.root = root;
    this.manifest = manifest;
  }

  public static DatasetReader open(Path root) throws IOException {
    Path manifestFile = root.resolve("manifest.json");
    if (!Files.isRegularFile(manifestFile)) {
      throw new NoSuchFileException(manifestFile.toString(), null, "not a dataset (no manifest.json; incomplete or wrong folder)");
    }
    Manifest manifest = DatasetWriter.JSON.readValue(manifestFile.toFile(), Manifest.class);
    if (!Manifest.FORMAT.equals(manifest.format()) || manifest.version() != Manifest.VERSION) {
      throw new IOException(manifestFile + " is format " + manifest.format() + " v" + manifest.version() + ", expected " + Manifest.FORMAT + " v" + Manifest.VERSION);
    }
    DatasetReader reader = new DatasetReader(root, manifest);
    for (Manifest.BucketEntry bucket : manifest.buckets()) reader.index(bucket);
    return reader;
  }

  private void index(Manifest.BucketEntry bucketEntry) throws IOException {
    List<Entry> list = new ArrayList<>();
    for (String shard : bucketEntry.shards()) {
      int shardIndex = shardFiles.size();
      shardFiles.add(root.resolve(shard + ".bin"));
      channels.add(null);
      try (BufferedReader lines = Files.newBufferedReader(root.resolve(shard + ".jsonl"))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.isBlank()) continue;
          JsonNode node = DatasetWriter.JSON.readTree(line);
          List<String> captions = node.has("captions")
              ? DatasetWriter.JSON.convertValue(node.get("captions"), new TypeReference<List<String>>() {}) : null;
          list.add(new Entry(shardIndex, node.path("offset").asLong(), node.path("length").asInt(), node.path("id").asText(),
              node.hasNonNull("caption") ? node.get("caption").asText() : null, captions, node.path("source").asText(null)));
        }
      }
    }
    if (list.size() != bucketEntry.clips()) {
      throw new IOException("bucket " + bucketEntry.bucket().name() + " lists " + bucketEntry.clips() + " clips but its shards index " + list.size());
    }
    entries.put(bucketEntry.bucket(), List.copyOf(list));
  }

  public Manifest manifest() {
    return manifest;
  }

  public List<Bucket> buckets() {
    return List.copyOf(entries.keySet());
  }

  public int clips(Bucket bucket) {
    return entriesOf(bucket).size();
  }

  /** Clip {@code index} of a bucket, in stored order. */
  public Sample read(Bucket bucket, int index) throws IOException {
    Entry e = entriesOf(bucket).get(index);
    ByteBuffer stored = ByteBuffer.allocate(e.length());
    FileChannel channel = channel(e.shard());
    for (long position = e.offset(); stored.hasRemaining(); ) {
      int n = channel.read(stored, position + stored.position());
      if (n < 0) throw new IOException(shardFiles.get(e.shard()) + " is truncated at clip " + e.id());
    }
    byte[] rgb = manifest.compression().decompress(stored.array(), bucket.clipBytes());
    return new Sample(e.id(), bucket, rgb, e.caption(), e.captions(), e.source());
  }

  /**
   * One epoch of a bucket in batches of {@code batchSize}, shuffled by {@code seed}; the last batch
   * is smaller when the bucket does not divide evenly.
   */
  public Iterator<Batch> batches(Bucket bucket, int batchSize, long seed) {
    if (batchSize < 1) throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
    int[] order = shuffled(clips(bucket), seed);
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < order.length;
      }

      @Override
      public Batch next() {
        if (!hasNext()) throw new NoSuchElementException();
        int end = Math.min(order.length, next + batchSize);
        List<Sample> samples = new ArrayList<>(end - next);
        try {
          for (; next < end; next++) samples.add(read(bucket, order[next]));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return new Batch(bucket, samples);
      }
    };
  }

  /** A bucket drawn with probability proportional to its clip count (for mixing buckets in training). */
  public Bucket pickBucket(SplittableRandom random) {
    long total = entries.values().stream().mapToLong(List::size).sum();
    if (total == 0) throw new IllegalStateException("the dataset is empty");
    long r = random.nextLong(total);
    for (Map.Entry<Bucket, List<Entry>> e : entries.entrySet()) {
      if ((r -= e.getValue().size()) < 0) return e.getKey();
    }
    throw new AssertionError();
  }

  static int[] shuffled(int n, long seed) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  private List<Entry> entriesOf(Bucket bucket) {
    List<Entry> list = entries.get(bucket);
    if (list == null) throw new IllegalArgumentException("no bucket " + bucket.name() + " in this dataset; it has " + entries.keySet().stream().map(Bucket::name).toList());
    return list;
  }

  private synchronized FileChannel channel(int shard) throws IOException {
    FileChannel channel = channels.get(shard);
    if (channel == null) {
      channel = FileChannel.open(shardFiles.get(shard), StandardOpenOption.READ);
      channels.set(shard, channel);
    }
    return channel;
  }

  @Override
  public synchronized void close() throws IOException {
    for (FileChannel channel : channels) if (channel != null) channel.close();
  }
}
