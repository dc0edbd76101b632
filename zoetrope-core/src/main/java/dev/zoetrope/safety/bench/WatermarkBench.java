package dev.zoetrope.safety.bench;

import dev.zoetrope.media.Mp4Writer;
import dev.zoetrope.media.VideoReader;
import dev.zoetrope.safety.watermark.Detection;
import dev.zoetrope.safety.watermark.Payload;
import dev.zoetrope.safety.watermark.WatermarkConfig;
import dev.zoetrope.safety.watermark.WatermarkDetector;
import dev.zoetrope.safety.watermark.WatermarkEmbedder;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.video.Video;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures the watermark on world renders: N clips marked and written as MP4, N other clips written
 * unmarked, each checked as written and after four edits that each end in a fresh H.264 encode:
 * re-encoding at half the file's measured bitrate, a 0.5× downscale, a 10% crop (window placed at
 * random) and trimming the first two frames. Reports true- and false-positive rates, payload
 * recovery, PSNR, and the score distributions.
 */
public final class WatermarkBench {
  public static final List<String> CONDITIONS = List.of("as written", "half bitrate", "0.5x downscale", "10% crop", "trim 2 frames");

  /** Bench settings: clip count per class, clip size and length, first seed, worker threads. */
  public record Settings(int clips, int width, int height, int frames, double fps, long seed, int threads) {
    public Settings {
      if (clips < 1) throw new IllegalArgumentException("clips must be >= 1");
      if (width < 32 || height < 32) throw new IllegalArgumentException("clips must be at least 32x32");
      if (frames < 4) throw new IllegalArgumentException("frames must be >= 4 (two are trimmed)");
      if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
    }
  }

  /** One clip's outcome: detections per condition (same order as {@link #CONDITIONS}). */
  record ClipResult(boolean marked, double psnr, List<Detection> detections, List<Boolean> payloadRecovered) {}

  private final Settings settings;
  private final WatermarkEmbedder embedder;
  private final WatermarkDetector detector;
  private final PrintStream log;

  public WatermarkBench(Settings settings, WatermarkConfig config, PrintStream log) {
    this.settings = settings;
    this.embedder = new WatermarkEmbedder(config);
    this.detector = new WatermarkDetector(config);
    this.log = log;
  }

  public Map<String, Object> run() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    List<Future<ClipResult>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < settings.clips(); i++) {
        int index = i;
        futures.add(pool.submit(() -> clip(index, true)));
        futures.add(pool.submit(() -> clip(index, false)));
      }
      List<ClipResult> results = new ArrayList<>();
      for (Future<ClipResult> future : futures) {
        results.add(future.get());
        if (results.size() % 20 == 0) log.printf("bench watermark: %d/%d clips%n", results.size(), futures.size());
      }
      return WatermarkReport.summarise(settings, results);
    } finally {
      pool.shutdownNow();
    }
  }

  private ClipResult clip(int index, boolean marked) throws IOException {
    long seed = settings.seed() + index + (marked ? 0 : 1_000_000);
    RenderSpec spec = new RenderSpec(settings.width(), settings.height(), settings.fps(), settings.frames());
    Video plain = Renderer.render(new SceneSampler(WorldSpec.full()).sample(seed), spec).video();
    Payload payload = Payload.of("zoetrope-bench", "job-" + index);
    Video video = marked ? embedder.embed(plain, payload) : plain;
    double psnr = marked ? VideoAttacks.psnr(plain, video) : Double.NaN;
    Path folder = Files.createTempDirectory("zoetrope-wm-bench");
    try {
      Path written = folder.resolve("written.mp4");
      Mp4Writer.write(video, written);
      Video decoded = VideoReader.read(written);
      int halfBitrate = (int) Math.max(8_000, Files.size(written) * 8 / decoded.seconds() / 2);
      Random random = new Random(seed);
      List<Video> versions = List.of(
          decoded,
          roundTrip(decoded, folder, halfBitrate),
          roundTrip(VideoAttacks.halfSize(decoded), folder, 0),
          roundTrip(VideoAttacks.crop(decoded, 0.1, random.nextDouble(), random.nextDouble()), folder, 0),
          roundTrip(VideoAttacks.trim(decoded, 2), folder, 0));
      List<Detection> detections = new ArrayList<>();
      List<Boolean> recovered = new ArrayList<>();
      for (Video version : versions) {
        Detection detection = detector.detect(version);
        detections.add(detection);
        recovered.add(payload.equals(detection.payload()));
      }
      return new ClipResult(marked, psnr, detections, recovered);
    } finally {
      try (var files = Files.list(folder)) {
        for (Path file : files.toList()) Files.deleteIfExists(file);
      }
      Files.deleteIfExists(folder);
    }
  }

  /** Encodes with the project's writer (at {@code bitrate}, or its default when 0) and decodes. */
  private static Video roundTrip(Video video, Path folder, int bitrate) throws IOException {
    Path file = Files.createTempFile(folder, "attack", ".mp4");
    if (bitrate > 0) Mp4Writer.write(video, file, bitrate);
    else Mp4Writer.write(video, file);
    return VideoReader.read(file);
  }

  /** The report as a Markdown table plus the PSNR line. */
  public static String table(Map<String, Object> report) {
    return WatermarkReport.table(report);
  }
}
