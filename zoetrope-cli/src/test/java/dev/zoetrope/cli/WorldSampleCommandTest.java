package dev.zoetrope.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zoetrope.media.PngIO;
import dev.zoetrope.media.VideoReader;
import dev.zoetrope.world.video.Video;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldSampleCommandTest {
  @TempDir Path directory;

  private int run(String... args) {
    return Main.commandLine().execute(args);
  }

  @Test
  void writesMp4AndTruthJson() throws Exception {
    Path mp4 = directory.resolve("clip.mp4");
    assertEquals(0, run("world", "sample", "--seed", "7", "--size", "128x128", "--seconds", "4", "--fps", "8", "-o", mp4.toString()));
    Video video = VideoReader.read(mp4);
    assertEquals(32, video.frameCount());
    JsonNode json = new ObjectMapper().readTree(directory.resolve("clip.json").toFile());
    assertEquals(32, json.path("frames").size());
    assertEquals(7, json.path("seed").asLong());
    assertTrue(json.path("scene").path("objects").size() >= 1);
    assertFalse(json.path("captions").path("shortPrompt").asText().isBlank());
    assertTrue(json.path("captions").path("detailed").asText().split(" ").length >= 30);
    JsonNode first = json.path("frames").path(0);
    assertEquals(1.0, first.path("camera").path("zoom").asDouble());
    assertEquals(json.path("scene").path("objects").size(), first.path("objects").size());
  }

  @Test
  void aspectRatiosAndSizes() throws Exception {
    Path wide = directory.resolve("wide.mp4"), tall = directory.resolve("tall.mp4");
    assertEquals(0, run("world", "sample", "--seed", "3", "--aspect", "16:9", "--frames", "5", "-o", wide.toString()));
    assertEquals(0, run("world", "sample", "--seed", "3", "--size", "128x224", "--frames", "5", "-o", tall.toString()));
    Video w = VideoReader.read(wide), t = VideoReader.read(tall);
    assertEquals(224, w.width());
    assertEquals(128, w.height());
    assertEquals(128, t.width());
    assertEquals(224, t.height());
  }

  @Test
  void pngIsOneFrame() throws Exception {
    Path png = directory.resolve("still.png");
    assertEquals(0, run("world", "sample", "--seed", "5", "-o", png.toString()));
    assertEquals(128, PngIO.read(png).width());
    assertTrue(Files.exists(directory.resolve("still.json")));
    assertEquals(2, run("world", "sample", "--frames", "9", "-o", png.toString()), "a png with 9 frames is bad input");
  }

  @Test
  void badInputExitsWithTwo() {
    assertEquals(2, run("world", "sample", "--size", "12x", "-o", directory.resolve("a.mp4").toString()));
    assertEquals(2, run("world", "sample", "-o", directory.resolve("a.gif").toString()));
    assertEquals(2, run("world", "sample", "--world", "mars", "-o", directory.resolve("a.mp4").toString()));
    assertEquals(2, run("world", "sample", "--size", "64x64", "--aspect", "1:1", "-o", directory.resolve("a.mp4").toString()));
    assertFalse(Files.exists(directory.resolve("a.mp4")));
  }
}
