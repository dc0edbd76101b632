package dev.zoetrope.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zoetrope.media.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a dataset folder: per bucket, shards of at most {@code clipsPerShard} clips, each a
 * {@code .bin} of stored clips and a {@code .jsonl} index. Shard files are written under a
 * temporary name and renamed when complete; the manifest is written last the same way.
 */
public final class DatasetWriter implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  private final Path root;
  private final double fps;
  private final Compression compression;
  private final int clipsPerShard;
  private final String source;
  private final Map<String, ShardSeries> series = new TreeMap<>();
  private long clips;
  private boolean closed;

  public DatasetWriter(Path root, double fps, Compression compression, int clipsPerShard, String source) throws IOException {
    if (clipsPerShard < 1) throw new IllegalArgumentException("clipsPerShard must be >= 1");
    if (Files.exists(root.resolve("manifest.json"))) {
      throw new IllegalArgumentException(root + " already holds a dataset; choose another folder or delete it");
    }
    Files.createDirectories(root);
    this.root = root;
    this.fps = fps;
    this.compression = compression;
    this.clipsPerShard = clipsPerShard;
    this.source = source;
  }

  /** Appends one clip: {@code rgb} is (F, H, W, 3) uint8 matching the bucket. */
  public synchronized void add(Bucket bucket, byte[] rgb, String id, String caption, List<String> captions, String clipSource, JsonNode meta)
      throws IOException {
    if (closed) throw new IllegalStateException("writer is closed");
    if (rgb.length != bucket.clipBytes()) {
      throw new IllegalArgumentException("clip " + id + " has " + rgb.length + " bytes, bucket " + bucket.name() + " needs " + bucket.clipBytes());
    }
    series.computeIfAbsent(bucket.name(), n -> new ShardSeries(bucket)).add(compression.compress(rgb), id, caption, captions, clipSource, meta);
    clips++;
  }

  public synchronized long clips() {
    return clips;
  }

  /** Finishes every shard and writes the manifest. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) return;
    closed = true;
    List<Manifest.BucketEntry> entries = new ArrayList<>();
    for (ShardSeries s : series.values()) entries.add(s.finish());
    Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.VERSION, fps, compression, clips, source, entries);
    Path target = root.resolve("manifest.json");
    Path temporary = AtomicFiles.temporarySibling(target);
    Files.write(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
    AtomicFiles.commit(temporary, target);
  }

  /** The shards of one bucket, one open at a time. */
  private final class ShardSeries {
    private final Bucket bucket;
    private final List<String> shards = new ArrayList<>();
    private long count;
    private OutputStream data;
    private OutputStream index;
    private long offset;
    private int inShard;

    ShardSeries(Bucket bucket) {
      this.bucket = bucket;
    }

    void add(byte[] stored, String id, String caption, List<String> captions, String clipSource, JsonNode meta) throws IOException {
      if (data == null) open();
      data.write(stored);
      ClipRecord record = new ClipRecord(id, offset, stored.length, caption, captions, clipSource, meta);
      index.write(JSON.writeValueAsBytes(record));
      index.write('\n');
      offset += stored.length;
      count++;
      if (++inShard == clipsPerShard) closeShard();
    }

    private void open() throws IOException {
      Files.createDirectories(root.resolve(bucket.name()));
      String name = bucket.name() + "/shard-" + String.format("%05d", shards.size());
      shards.add(name);
      data = new BufferedOutputStream(Files.newOutputStream(part(name, ".bin")), 1 << 20);
      index = new BufferedOutputStream(Files.newOutputStream(part(name, ".jsonl")));
      offset = 0;
      inShard = 0;
    }

    private void closeShard() throws IOException {
      data.close();
      index.close();
      String name = shards.get(shards.size() - 1);
      AtomicFiles.commit(part(name, ".bin"), root.resolve(name + ".bin"));
      AtomicFiles.commit(part(name, ".jsonl"), root.resolve(name + ".jsonl"));
      data = null;
      index = null;
    }

    private Path part(String name, String extension) {
      return root.resolve(name + extension + ".part");
    }

    Manifest.BucketEntry finish() throws IOException {
      if (data != null) closeShard();
      return new Manifest.BucketEntry(bucket.frames(), bucket.height(), bucket.width(), count, List.copyOf(shards));
    }
  }
}
