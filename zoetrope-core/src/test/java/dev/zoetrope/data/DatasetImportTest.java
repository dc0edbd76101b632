package dev.zoetrope.data;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.media.Mp4Writer;
import dev.zoetrope.media.VideoReader;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.video.Video;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetImportTest {
  @TempDir Path directory;

  private static Video render(long seed, int width, int height, double fps, int frames) {
    return Renderer.render(new SceneSampler(WorldSpec.training()).sample(seed), new RenderSpec(width, height, fps, frames)).video();
  }

  @Test
  void importsGoodVideosAndReportsTheRest() throws Exception {
    Path videos = Files.createDirectories(directory.resolve("videos"));
    Video wide = render(1, 320, 180, 24, 49); // 2 s at 24 fps: 17 frames at 8 fps
    Mp4Writer.write(wide, videos.resolve("wide.mp4"));
    dev.zoetrope.media.MediaTestSupport.writeMpeg4Avi(render(2, 100, 100, 8, 6), videos.resolve("square.avi"));
    Mp4Writer.write(render(3, 128, 128, 8, 5), videos.resolve("uncaptioned.mp4"));
    Files.write(videos.resolve("broken.mp4"), "not a video at all".getBytes(StandardCharsets.UTF_8));
    Files.writeString(videos.resolve("notes.txt"), "ignored: not a video file");
    Path captions = directory.resolve("captions.jsonl");
    Files.writeString(captions, String.join("\n",
        "{\"file\": \"wide.mp4\", \"caption\": \"a wide scene\"}",
        "{\"file\": \"square.avi\", \"caption\": \"a square scene\", \"captions\": [\"a square scene\", \"boxy\"]}",
        "{\"file\": \"broken.mp4\", \"caption\": \"never readable\"}",
        "{\"file\": \"ghost.mp4\", \"caption\": \"no such file\"}",
        "this line is not json", ""));
    Path out = directory.resolve("data");
    DatasetImporter.Report report = DatasetImporter.importVideos(videos, captions, out, 8, Compression.ZSTD);
    assertEquals(2, report.imported());
    List<String> skipped = report.skipped().stream().map(s -> s.file() + ": " + s.reason()).toList();
    assertEquals(4, skipped.size(), skipped.toString());
    assertTrue(skipped.stream().anyMatch(s -> s.startsWith("broken.mp4: cannot read video")), skipped.toString());
    assertTrue(skipped.stream().anyMatch(s -> s.startsWith("uncaptioned.mp4: no caption")), skipped.toString());
    assertTrue(skipped.stream().anyMatch(s -> s.startsWith("ghost.mp4: listed in")), skipped.toString());
    assertTrue(skipped.stream().anyMatch(s -> s.startsWith("captions.jsonl line 5")), skipped.toString());

    try (DatasetReader reader = DatasetReader.open(out)) {
      Bucket wideBucket = new Bucket(17, 128, 224), squareBucket = new Bucket(5, 128, 128);
      assertEquals(List.of(squareBucket, wideBucket), reader.buckets().stream().sorted((a, b) -> a.frames() - b.frames()).toList());
      DatasetReader.Sample sample = reader.read(wideBucket, 0);
      assertEquals("a wide scene", sample.caption());
      Video decoded = VideoReader.read(videos.resolve("wide.mp4"));
      // 320x180 covers 224x128 at scale 0.7 exactly (no crop); output frame k is source frame 3k.
      for (int k : new int[] {0, 8, 16}) {
        byte[] expected = Resampler.coverCrop(decoded.frame(3 * k), 320, 180, 224, 128);
        assertTrue(psnr(expected, sample.video(8).frame(k)) > 40, "frame " + k + " is source frame " + 3 * k);
      }
      assertEquals(List.of("a square scene", "boxy"), reader.read(squareBucket, 0).captions());
    }
  }

  @Test
  void nothingImportableStillReportsWhy() throws Exception {
    Path videos = Files.createDirectories(directory.resolve("videos"));
    Files.write(videos.resolve("broken.mp4"), new byte[] {0, 1, 2, 3});
    Path captions = Files.writeString(directory.resolve("captions.jsonl"), "{\"file\": \"broken.mp4\", \"caption\": \"x\"}\n");
    DatasetImporter.Report report = DatasetImporter.importVideos(videos, captions, directory.resolve("data"), 8, Compression.ZSTD);
    assertEquals(0, report.imported());
    assertEquals(1, report.skipped().size());
  }

  static double psnr(byte[] a, byte[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double d = (a[i] & 255) - (b[i] & 255);
      sum += d * d;
    }
    return sum == 0 ? 99 : 10 * Math.log10(255.0 * 255 * a.length / sum);
  }
}
