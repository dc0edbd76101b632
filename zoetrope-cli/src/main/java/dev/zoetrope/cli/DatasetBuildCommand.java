package dev.zoetrope.cli;

import dev.zoetrope.data.Bucket;
import dev.zoetrope.data.CaptionSource;
import dev.zoetrope.data.Compression;
import dev.zoetrope.data.DatasetBuilder;
import dev.zoetrope.world.caption.Captioner;
import dev.zoetrope.world.caption.Captions;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.SceneFacts;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zoetrope dataset build}: renders world clips into bucketed shards. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Renders N clips from the training world (held-out compositions excluded) into shards.",
      "Shards are bucketed by (frames, height, width): 1, 5, 9, 17, 33 frames at 8 fps and 128x128, 224x128,"
          + " 128x224. Same --seed, same bytes. Reports clips per second."
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope dataset build --out data/world --clips 2000 --seed 1",
      "  zoetrope dataset build --out data/squares --clips 500 --buckets f17_h128_w128,f1_h128_w128",
      "  zoetrope dataset build --out data/raw --clips 100 --compression none --threads 1"
    })
final class DatasetBuildCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, description = "Dataset folder to create (must not already hold a dataset).")
  Path out;

  @Option(names = "--clips", required = true, description = "Number of clips.")
  int clips;

  @Option(names = "--seed", defaultValue = "0", description = "Dataset seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--buckets", description = "Comma-separated buckets such as f17_h128_w224 (default: all 15 standard ones).")
  String buckets;

  @Option(names = "--fps", defaultValue = "8", description = "Frames per second (default: ${DEFAULT-VALUE}).")
  double fps;

  @Option(names = "--compression", defaultValue = "zstd", description = "zstd (default) or none.")
  String compression;

  @Option(names = "--threads", description = "Render threads (default: all cores).")
  Integer threads;

  @Option(names = "--clips-per-shard", defaultValue = "1024", description = "Clips per shard file (default: ${DEFAULT-VALUE}).")
  int clipsPerShard;

  /** The detailed caption first (what training uses), then the short prompt and paraphrases. */
  static List<String> worldCaptions(Scene scene, long seed) {
    Captions captions = Captioner.captions(SceneFacts.of(scene), seed);
    List<String> all = new ArrayList<>();
    all.add(captions.detailed());
    all.add(captions.shortPrompt());
    all.addAll(captions.paraphrases());
    return all;
  }

  @Override
  public Integer call() throws Exception {
    if (clips < 1) throw new IllegalArgumentException("--clips must be >= 1, got " + clips);
    List<Bucket> chosen = buckets == null ? Bucket.standard() : Arrays.stream(buckets.split(",")).map(String::trim).map(Bucket::parse).toList();
    int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    var options = new DatasetBuilder.Options(clips, seed, chosen, fps, Compression.parse(compression), clipsPerShard, threadCount, WorldSpec.training());
    CaptionSource captions = DatasetBuildCommand::worldCaptions;
    int step = Math.max(1, clips / 10);
    DatasetBuilder.Report report = DatasetBuilder.build(out, options, captions, done -> {
      if (done % step == 0 && done < clips) System.err.printf(Locale.ROOT, "  %d / %d clips%n", done, clips);
    });
    System.out.printf(Locale.ROOT, "built %d clips in %.1f s (%.1f clips/s) into %s: %.1f MB raw, %.1f MB stored%n",
        report.clips(), report.seconds(), report.clipsPerSecond(), out, report.rawBytes() / 1e6, report.storedBytes() / 1e6);
    return 0;
  }
}
