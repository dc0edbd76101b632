package dev.zoetrope.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.checkpoint.Checkpoint;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.media.Mp4Writer;
import dev.zoetrope.media.PngIO;
import dev.zoetrope.world.video.Video;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to every mode command: exit code 2, a message naming the problem, and no output file.
 * The model folder holds only config.json: every problem here must be caught before weights load
 * (a case that slipped through would fail on the missing weights, with another message).
 */
class ModesBadInputTest {
  @TempDir static Path dir;
  static Path out;

  @BeforeAll
  static void inputs() throws Exception {
    Path model = Files.createDirectories(dir.resolve("model"));
    Checkpoint.writeConfig(model, ModelConfig.tiny());
    Mp4Writer.write(frames(32, 32, 9), dir.resolve("clip.mp4"));
    Mp4Writer.write(frames(48, 32, 9), dir.resolve("wide.mp4"));
    PngIO.write(frames(32, 32, 1), 0, dir.resolve("start.png"));
    Files.writeString(dir.resolve("garbage.mp4"), "this is not a video");
    Files.writeString(dir.resolve("garbage.png"), "this is not an image");
    Files.createDirectories(dir.resolve("folder.mp4"));
    Files.createDirectories(dir.resolve("folder.png"));
    out = dir.resolve("out");
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        bad("the prompt is empty", "generate", "", "-o", "out/a.mp4"),
        bad("the prompt is empty", "extend", "clip.mp4", "   ", "-o", "out/a.mp4"),
        bad("size 30x32 is not one this model makes", "generate", "x", "--size", "30x32", "-o", "out/a.mp4"),
        bad("valid sizes nearby: 32x32, 16x32", "generate", "x", "--size", "30x32", "-o", "out/a.mp4"),
        bad("--size must look like 128x128", "generate", "x", "--size", "big", "-o", "out/a.mp4"),
        bad("--seconds must be between 1 and 60, got 0.5", "generate", "x", "--seconds", "0.5", "-o", "out/a.mp4"),
        bad("--seconds must be between 1 and 60, got 61.0", "generate", "x", "--seconds", "61", "-o", "out/a.mp4"),
        bad("--seconds must be between 1 and 60, got NaN", "extend", "clip.mp4", "x", "--seconds", "NaN", "-o", "out/a.mp4"),
        bad("--frames must be in 1..480", "generate", "x", "--frames", "0", "-o", "out/a.mp4"),
        bad("give --seconds or --frames, not both", "generate", "x", "--seconds", "2", "--frames", "9", "-o", "out/a.mp4"),
        bad("output must end in .mp4", "generate", "x", "-o", "out/a.gif"),
        bad("clip.mp4 is not a folder", "generate", "x", "-o", "clip.mp4/a.mp4"),
        bad("a .png holds one frame but this makes 16", "generate", "x", "--seconds", "2", "-o", "out/a.png"),
        bad("a .png holds one frame but this makes 9", "edit", "clip.mp4", "x", "-o", "out/a.png"),
        bad("a .png holds one frame", "extend", "clip.mp4", "x", "-o", "out/a.png"),
        bad("missing.png: no such file", "generate", "x", "--image", "missing.png", "-o", "out/a.mp4"),
        bad("cannot read image", "generate", "x", "--image", "garbage.png", "-o", "out/a.mp4"),
        bad("folder.png is a folder, not an image file", "generate", "x", "--image", "folder.png", "-o", "out/a.mp4"),
        bad("--image animates the image, so it needs at least 2 frames", "generate", "x", "--image", "start.png", "--frames", "1",
            "-o", "out/a.mp4"),
        bad("--no-camera-rig applies to text to video; with --image the image's own camera stays", "generate", "x", "--image", "start.png",
            "--no-camera-rig", "-o", "out/a.mp4"),
        bad("--image-strength applies to --image only", "generate", "x", "--image-strength", "0.9", "-o", "out/a.mp4"),
        bad("--image-strength must be in (0, 1], got 1.5", "generate", "x", "--image", "start.png", "--image-strength", "1.5", "-o", "out/a.mp4"),
        bad("missing.mp4: no such file", "extend", "missing.mp4", "x", "-o", "out/a.mp4"),
        bad("garbage.mp4: not a video file FFmpeg can open", "extend", "garbage.mp4", "x", "-o", "out/a.mp4"),
        bad("folder.mp4 is a folder, not a video file", "extend", "folder.mp4", "x", "-o", "out/a.mp4"),
        bad("folder.mp4 is a folder, not a video file", "edit", "folder.mp4", "x", "-o", "out/a.mp4"),
        bad("--backward and --loop cannot be combined", "extend", "clip.mp4", "x", "--backward", "--loop", "-o", "out/a.mp4"),
        bad("is 32x32 but", "connect", "clip.mp4", "wide.mp4", "x", "-o", "out/a.mp4"),
        bad("missing.mp4: no such file", "connect", "clip.mp4", "missing.mp4", "x", "-o", "out/a.mp4"),
        bad("--strength must be in (0, 1], got 0.0", "edit", "clip.mp4", "x", "--strength", "0", "-o", "out/a.mp4"),
        bad("--strength must be in (0, 1], got 1.5", "edit", "clip.mp4", "x", "--strength", "1.5", "-o", "out/a.mp4"),
        bad("--strength must be in (0, 1], got NaN", "edit", "clip.mp4", "x", "--strength", "NaN", "-o", "out/a.mp4"),
        bad("--steps must be in 1..1000", "edit", "clip.mp4", "x", "--steps", "-1", "-o", "out/a.mp4"),
        bad("--guidance-interval: guidance interval must satisfy 0 <= from < to <= 1", "generate", "x", "--guidance-interval", "0.9,0.2",
            "-o", "out/a.mp4"),
        bad("--guidance-interval: guidance interval must be FROM,TO", "extend", "clip.mp4", "x", "--guidance-interval", "0.5",
            "-o", "out/a.mp4"),
        bad("sampler must be euler, heun or ancestral", "generate", "x", "--sampler", "ddim", "-o", "out/a.mp4"),
        bad("--eta applies to --sampler ancestral only", "generate", "x", "--eta", "0.5", "-o", "out/a.mp4"),
        bad("--eta must be in 0..1, got 2.0", "extend", "clip.mp4", "x", "--sampler", "ancestral", "--eta", "2", "-o", "out/a.mp4"),
        bad("--context-noise must be in [0, 1), got 1.5", "generate", "x", "--context-noise", "1.5", "-o", "out/a.mp4"),
        bad("trained on clean given frames only", "connect", "clip.mp4", "clip.mp4", "x", "--context-noise", "0.1", "-o", "out/a.mp4"),
        bad("--fps must be in 1..60", "generate", "x", "--fps", "0", "-o", "out/a.mp4"),
        bad("checkpoint folder not found", "generate", "x", "--model", "nowhere", "-o", "out/a.mp4"),
        bad("Missing required parameter", "connect", "clip.mp4", "x", "-o", "out/a.mp4"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("cases")
  void exitsWithTwoNamesTheProblemAndWritesNothing(String expected, List<String> args) throws Exception {
    List<String> all = new ArrayList<>(args.stream().map(ModesBadInputTest::resolve).toList());
    if (!args.contains("--model")) all.addAll(List.of("--model", dir.resolve("model").toString()));
    all.addAll(List.of("--provenance-keys", dir.resolve("keys").toString()));
    StringWriter err = new StringWriter();
    var cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(new StringWriter()));
    assertEquals(2, cli.execute(all.toArray(String[]::new)), err.toString());
    assertTrue(err.toString().contains(expected), "expected '" + expected + "' in: " + err);
    if (Files.exists(out)) {
      try (Stream<Path> written = Files.list(out)) {
        assertEquals(List.of(), written.toList(), "nothing is written");
      }
    }
  }

  private static Arguments bad(String expected, String... args) {
    return Arguments.of(expected, Arrays.asList(args));
  }

  /** Input and output names are relative to the test folder; "nowhere" stays a missing model. */
  private static String resolve(String arg) {
    boolean file = arg.contains(".mp4") || arg.endsWith(".png") || arg.endsWith(".gif") || arg.equals("nowhere");
    return file ? dir.resolve(arg).toString() : arg;
  }

  private static Video frames(int width, int height, int count) {
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] frame = new byte[width * height * 3];
      Arrays.fill(frame, (byte) (30 * i));
      frames.add(frame);
    }
    return new Video(width, height, 8, frames);
  }
}
