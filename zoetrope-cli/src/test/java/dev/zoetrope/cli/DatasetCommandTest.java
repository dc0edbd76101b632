package dev.zoetrope.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.data.DatasetReader;
import dev.zoetrope.media.Mp4Writer;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCommandTest {
  @TempDir Path directory;

  private int run(String... args) {
    return Main.commandLine().execute(args);
  }

  @Test
  void buildWritesAReadableDataset() throws Exception {
    Path out = directory.resolve("world");
    assertEquals(0, run("dataset", "build", "--out", out.toString(), "--clips", "12", "--seed", "3", "--threads", "2"));
    try (DatasetReader reader = DatasetReader.open(out)) {
      assertEquals(12, reader.manifest().clips());
      var bucket = reader.buckets().get(0);
      var sample = reader.read(bucket, 0);
      assertTrue(sample.caption().split(" ").length >= 30, "detailed caption first: " + sample.caption());
      assertEquals(5, sample.captions().size());
    }
    assertEquals(2, run("dataset", "build", "--out", out.toString(), "--clips", "2"), "refuses an existing dataset");
    assertEquals(2, run("dataset", "build", "--out", directory.resolve("x").toString(), "--clips", "2", "--buckets", "f4_h128_w128"));
  }

  @Test
  void importSucceedsWithSomeBadFilesAndFailsWithOnlyBadOnes() throws Exception {
    Path videos = Files.createDirectories(directory.resolve("videos"));
    var video = Renderer.render(new SceneSampler(WorldSpec.training()).sample(4), new RenderSpec(160, 90, 8, 9)).video();
    Mp4Writer.write(video, videos.resolve("good.mp4"));
    Files.writeString(videos.resolve("bad.mp4"), "corrupt");
    Path captions = Files.writeString(directory.resolve("captions.jsonl"),
        "{\"file\": \"good.mp4\", \"caption\": \"a clip\"}\n{\"file\": \"bad.mp4\", \"caption\": \"broken\"}\n");
    assertEquals(0, run("dataset", "import", videos.toString(), "--captions", captions.toString(), "--out", directory.resolve("a").toString()));
    Files.delete(videos.resolve("good.mp4"));
    assertEquals(1, run("dataset", "import", videos.toString(), "--captions", captions.toString(), "--out", directory.resolve("b").toString()));
    assertEquals(2, run("dataset", "import", directory.resolve("nope").toString(), "--captions", captions.toString(), "--out", directory.resolve("c").toString()));
  }
}
