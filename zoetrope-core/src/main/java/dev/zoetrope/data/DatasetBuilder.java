package dev.zoetrope.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.video.Video;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Renders a dataset from the world: clip i gets its own seed (from the dataset seed), a bucket
 * drawn uniformly, a scene sampled from the world spec and its captions. Clips render on several
 * threads but are written in order, so the same options give byte-identical shards.
 */
public final class DatasetBuilder {
  /** What to build. */
  public record Options(int clips, long seed, List<Bucket> buckets, double fps, Compression compression, int clipsPerShard, int threads, WorldSpec world) {
    public Options {
      if (clips < 1) throw new IllegalArgumentException("clips must be >= 1, got " + clips);
      buckets = List.copyOf(buckets);
      if (buckets.isEmpty()) throw new IllegalArgumentException("no buckets");
      if (!(fps > 0)) throw new IllegalArgumentException("fps must be > 0");
      if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
      Objects.requireNonNull(compression, "compression");
      Objects.requireNonNull(world, "world");
    }

    public static Options of(int clips, long seed) {
      return new Options(clips, seed, Bucket.standard(), 8, Compression.ZSTD, 1024, Runtime.getRuntime().availableProcessors(), WorldSpec.training());
    }

    public Options withThreads(int threads) {
      return new Options(clips, seed, buckets, fps, compression, clipsPerShard, threads, world);
    }
  }

  /** What was built, and how fast. */
  public record Report(long clips, double seconds, long rawBytes, long storedBytes) {
    public double clipsPerSecond() {
      return clips / Math.max(seconds, 1e-9);
    }
  }

  private record Rendered(int index, long seed, Bucket bucket, Scene scene, byte[] rgb, List<String> captions) {}

  private DatasetBuilder() {}

  public static Report build(Path out, Options options, CaptionSource captions, LongConsumer progress) throws IOException {
    long start = System.nanoTime();
    SceneSampler sampler = new SceneSampler(options.world());
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemon());
    long raw = 0;
    try (DatasetWriter writer = new DatasetWriter(out, options.fps(), options.compression(), options.clipsPerShard(), "world")) {
      ArrayDeque<Future<Rendered>> window = new ArrayDeque<>();
      int next = 0;
      for (int written = 0; written < options.clips(); written++) {
        while (next < options.clips() && window.size() < 4 * options.threads()) {
          int index = next++;
          window.add(pool.submit(() -> render(index, options, sampler, captions)));
        }
        Rendered clip = await(window.poll());
        raw += clip.rgb().length;
        writer.add(clip.bucket(), clip.rgb(), String.format("world-%08d", clip.index()),
            clip.captions().isEmpty() ? null : clip.captions().get(0), clip.captions().isEmpty() ? null : clip.captions(),
            "world seed " + clip.seed(), meta(clip));
        if (progress != null) progress.accept(written + 1);
      }
    } finally {
      pool.shutdownNow();
    }
    return new Report(options.clips(), (System.nanoTime() - start) / 1e9, raw, storedBytes(out));
  }

  /** The seed of clip {@code index}: distinct per clip and independent of the thread count. */
  static long clipSeed(long datasetSeed, int index) {
    return new SplittableRandom(datasetSeed * 0x9E3779B97F4A7C15L + index).nextLong();
  }

  private static Rendered render(int index, Options options, SceneSampler sampler, CaptionSource captions) {
    long seed = clipSeed(options.seed(), index);
    Bucket bucket = options.buckets().get(new SplittableRandom(seed ^ 0xB0C3E7L).nextInt(options.buckets().size()));
    Scene scene = sampler.sample(seed);
    Video video = Renderer.render(scene, new RenderSpec(bucket.width(), bucket.height(), options.fps(), bucket.frames())).video();
    byte[] rgb = new byte[bucket.clipBytes()];
    for (int f = 0; f < bucket.frames(); f++) System.arraycopy(video.frame(f), 0, rgb, f * bucket.frameBytes(), bucket.frameBytes());
    return new Rendered(index, seed, bucket, scene, rgb, List.copyOf(captions.captions(scene, seed)));
  }

  private static ObjectNode meta(Rendered clip) {
    ObjectNode meta = DatasetWriter.JSON.createObjectNode();
    meta.put("seed", clip.seed());
    meta.set("scene", DatasetWriter.JSON.valueToTree(clip.scene()));
    meta.set("facts", DatasetWriter.JSON.valueToTree(SceneFacts.of(clip.scene())));
    return meta;
  }

  private static Rendered await(Future<Rendered> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IOException(e.getCause());
    }
  }

  static long storedBytes(Path root) throws IOException {
    try (var files = java.nio.file.Files.walk(root)) {
      return files.filter(java.nio.file.Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static java.util.concurrent.ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "dataset-worker");
      thread.setDaemon(true);
      return thread;
    };
  }
}
