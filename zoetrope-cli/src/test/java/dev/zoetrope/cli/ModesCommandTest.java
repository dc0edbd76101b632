package dev.zoetrope.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zoetrope.generate.Conditioning;
import dev.zoetrope.generate.DiffusionGenerator;
import dev.zoetrope.generate.GenerationRequest;
import dev.zoetrope.generate.MiniLmPrompts;
import dev.zoetrope.generate.ProgressListener;
import dev.zoetrope.media.Mp4Writer;
import dev.zoetrope.media.PngIO;
import dev.zoetrope.media.VideoReader;
import dev.zoetrope.modes.InputMedia;
import dev.zoetrope.modes.SizeGrid;
import dev.zoetrope.safety.provenance.C2paReader;
import dev.zoetrope.safety.provenance.C2paStatus;
import dev.zoetrope.safety.provenance.ProvenanceKeys;
import dev.zoetrope.safety.watermark.Payload;
import dev.zoetrope.train.TinyModel;
import dev.zoetrope.vae.Psnr;
import dev.zoetrope.world.caption.CaptionParser;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.PlaceablePromptExpander;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.video.Video;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every mode end to end through the CLI classes on a tiny trained model: real MP4s that ffprobe
 * accepts, with the frame counts each mode promises, signed with C2PA content credentials.
 */
class ModesCommandTest {
  @TempDir static Path shared;
  static Path model;
  static Path keys;
  /** Two 32x32 world clips of 9 frames at the model's 8 fps. */
  static Path clip;
  static Path otherClip;

  @TempDir Path dir;

  @BeforeAll
  static void trainTinyModelAndRenderInputs() throws Exception {
    model = TinyModel.train(shared.resolve("tiny"), 5, MiniLmPrompts.shared(), 20, 40);
    keys = shared.resolve("keys");
    clip = shared.resolve("clip.mp4");
    otherClip = shared.resolve("other.mp4");
    Mp4Writer.write(worldClip(3, 32, 32, 9), clip);
    Mp4Writer.write(worldClip(8, 32, 32, 9), otherClip);
  }

  @Test
  void textToVideoImageAndChainedWindows() throws Exception {
    Path video = dir.resolve("ball.mp4");
    assertEquals(0, run("generate", "a red ball bounces on green grass", "--size", "32x32", "--seconds", "1", "-o", video.toString()));
    assertEquals(new Ffprobe.Stream("h264", "yuv420p", 32, 32, 8), Ffprobe.video(video));
    C2paStatus credentials = C2paReader.read(video, ProvenanceKeys.load(keys).root());
    assertTrue(credentials.valid() && credentials.trusted(), credentials.problems().toString());

    Path image = dir.resolve("box.png");
    assertEquals(0, run("generate", "a yellow box on sand", "--size", "48x32", "-o", image.toString()));
    Video still = PngIO.read(image);
    assertEquals(48, still.width());
    assertEquals(32, still.height());
    Path oneFrame = dir.resolve("one.mp4");
    assertEquals(0, run("generate", "a yellow box on sand", "--size", "32x32", "--frames", "1", "-o", oneFrame.toString()));
    assertEquals(1, Ffprobe.video(oneFrame).frames());

    Path chained = dir.resolve("long.mp4");
    assertEquals(0, run("generate", "a blue star spins", "--size", "32x32", "--seconds", "5", "--guidance-interval", "0.3,1",
        "--sampler", "ancestral", "--eta", "0.5", "-o", chained.toString()));
    assertEquals(40, Ffprobe.video(chained).frames(), "5 s at 8 fps: two windows of the model chained, ancestral steps (eta 0.5) in each");
  }

  @Test
  void aStatedPanIsFilmedUnlessTheRigIsOff() throws Exception {
    Path pan = dir.resolve("pan.mp4"), still = dir.resolve("still.mp4");
    String prompt = "a red ball on a tile floor, camera panning left";
    String filmed = stderrOf("generate", prompt, "--no-expand", "--size", "32x32", "--seconds", "1", "-o", pan.toString());
    assertTrue(filmed.contains("camera: pans left, filmed over a 48x32 canvas"), filmed);
    String left = stderrOf("generate", prompt, "--no-expand", "--no-camera-rig", "--size", "32x32", "--seconds", "1", "-o", still.toString());
    assertFalse(left.contains("camera:"), left);
    String zoom = stderrOf("generate", "a red ball on a tile floor, camera zooming in", "--no-expand", "--size", "32x32", "--seconds", "1",
        "-o", dir.resolve("zoom.mp4").toString());
    assertTrue(zoom.contains("camera: zooms in, filmed inside the frame ("), zoom);
    // 8 s at the world's zoom rate would magnify 2.6x; the rig films 2x, at ln 2 / 7.875 s = 0.73 of the rate.
    String slow = stderrOf("generate", "a red ball on a tile floor, camera zooming in", "--no-expand", "--size", "32x32", "--seconds", "8",
        "-o", dir.resolve("slow.mp4").toString());
    assertTrue(slow.contains("camera: zooms in, filmed inside the frame, at 0.73 of the usual speed to stay within the rig's limits"), slow);
    assertEquals(new Ffprobe.Stream("h264", "yuv420p", 32, 32, 8), Ffprobe.video(pan), "the rig films the frame size asked for");
    assertEquals(new Ffprobe.Stream("h264", "yuv420p", 32, 32, 8), Ffprobe.video(still));
  }

  @Test
  void imageToVideoStartsWithTheImage() throws Exception {
    Path start = dir.resolve("start.png");
    Video frame = worldClip(4, 32, 32, 1);
    PngIO.write(frame, 0, start);
    Path video = dir.resolve("animated.mp4");
    assertEquals(0, run("generate", "the ball rolls to the right", "--image", start.toString(), "--seconds", "2", "-o", video.toString()));
    assertEquals(new Ffprobe.Stream("h264", "yuv420p", 32, 32, 16), Ffprobe.video(video));
    Video first = new Video(32, 32, 8, List.of(VideoReader.read(video, 1).frame(0)));
    double psnr = Psnr.of(frame, first);
    System.out.printf("image-to-video first frame PSNR: %.2f dB%n", psnr);
    assertTrue(psnr >= 30, "first frame PSNR vs the image " + psnr + " dB");
    Path held = dir.resolve("held.mp4");
    assertEquals(0, run("generate", "the ball rolls to the right", "--image", start.toString(), "--image-strength", "0.9", "--seconds", "1",
        "-o", held.toString()));
    assertEquals(new Ffprobe.Stream("h264", "yuv420p", 32, 32, 8), Ffprobe.video(held));

    Path offGrid = dir.resolve("odd.png");
    PngIO.write(worldClip(4, 40, 24, 1), 0, offGrid);
    Path fitted = dir.resolve("fitted.mp4");
    assertEquals(0, run("generate", "a ball", "--image", offGrid.toString(), "--seconds", "1", "-o", fitted.toString()));
    Ffprobe.Stream stream = Ffprobe.video(fitted);
    assertEquals(List.of(48, 32, 8), List.of(stream.width(), stream.height(), stream.frames()), "40x24 fitted to the 16-pixel grid");
  }

  @Test
  void extendForwardBackwardAndLoop() throws Exception {
    Video input = VideoReader.read(clip);
    Path forward = dir.resolve("forward.mp4"), backward = dir.resolve("backward.mp4"), loop = dir.resolve("loop.mp4");
    assertEquals(0, run("extend", clip.toString(), "the ball keeps moving", "--seconds", "1", "-o", forward.toString()));
    assertEquals(0, run("extend", clip.toString(), "the ball comes in", "--seconds", "1", "--backward", "-o", backward.toString()));
    assertEquals(0, run("extend", clip.toString(), "the ball goes round", "--seconds", "1", "--loop", "-o", loop.toString()));
    assertEquals(17, Ffprobe.video(forward).frames());
    assertEquals(17, Ffprobe.video(backward).frames());
    assertEquals(17, Ffprobe.video(loop).frames());
    // The input's frames are given, so they only pass through one more lossy encode and the
    // watermark every output carries (RMS 2.5 levels, about 40 dB alone; 32-33 dB together at 32x32).
    double forwardPsnr = Psnr.of(input, slice(VideoReader.read(forward), 0, 9));
    double backwardPsnr = Psnr.of(input, slice(VideoReader.read(backward), 8, 9));
    System.out.printf("extend: input frames after re-encoding, PSNR forward %.2f dB, backward %.2f dB%n", forwardPsnr, backwardPsnr);
    assertTrue(forwardPsnr >= 30 && backwardPsnr >= 30);
  }

  @Test
  void extendGivesTheDecodedInputFramesBackByteForByte() throws Exception {
    List<byte[]> decoded = VideoReader.read(clip).frames();
    try (DiffusionGenerator generator = DiffusionGenerator.load(model)) {
      InputMedia.Input input = InputMedia.video(clip, SizeGrid.of(generator.config()), null, generator.config().fps());
      for (boolean backward : new boolean[] {false, true}) {
        var request = new GenerationRequest("a ball", 32, 32, 8, 8, 1, 2, 0, new Conditioning.Extend(input.video(), backward, false));
        Video out = generator.generate(request, ProgressListener.NONE).video();
        assertEquals(17, out.frameCount());
        int offset = backward ? 8 : 0;
        for (int i = 0; i < decoded.size(); i++) assertArrayEquals(decoded.get(i), out.frame(offset + i), "frame " + i);
      }
    }
  }

  @Test
  void connectPutsATransitionBetweenTheVideos() throws Exception {
    Path joined = dir.resolve("joined.mp4");
    assertEquals(0, run("connect", clip.toString(), otherClip.toString(), "the ball turns into a star", "--seconds", "1",
        "-o", joined.toString()));
    assertEquals(9 + 8 + 9, Ffprobe.video(joined).frames());
    Video out = VideoReader.read(joined);
    assertTrue(Psnr.of(VideoReader.read(clip), slice(out, 0, 9)) >= 30, "one more encode and the watermark");
    assertTrue(Psnr.of(VideoReader.read(otherClip), slice(out, 17, 9)) >= 30, "one more encode and the watermark");
  }

  @Test
  void editKeepsTheInputsLengthAndSize() throws Exception {
    Path edited = dir.resolve("edited.mp4");
    assertEquals(0, run("edit", clip.toString(), "a blue ball bounces on sand", "--strength", "0.6", "-o", edited.toString()));
    assertEquals(new Ffprobe.Stream("h264", "yuv420p", 32, 32, 9), Ffprobe.video(edited));
  }

  @Test
  void theExpandedPromptIsPrintedAndFollowsTheSeed() throws Exception {
    String prompt = "a red ball bounces";
    StringWriter preview = new StringWriter();
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(preview));
    assertEquals(0, cli.execute("prompt", "expand", "--seed", "7", prompt));

    String expanded = stderrOf("generate", prompt, "--seed", "7", "--size", "32x32", "--frames", "1", "-o", dir.resolve("a.png").toString());
    assertTrue(expanded.contains("expanded prompt: " + preview.toString().strip()), expanded);
    String plain = stderrOf("generate", prompt, "--no-expand", "--size", "32x32", "--frames", "1", "-o", dir.resolve("b.png").toString());
    assertTrue(plain.contains("prompt (not expanded): " + prompt), plain);
    assertFalse(plain.contains("expanded prompt:"), plain);
  }

  @Test
  void anExtensionsExpandedPromptKeepsTheSceneItsInputShows() throws Exception {
    String prompt = "the ball keeps moving";
    Background shown = new SceneSampler(WorldSpec.training()).sample(3).background();
    String expanded = stderrOf("extend", clip.toString(), prompt, "--seconds", "1", "-o", dir.resolve("grounded.mp4").toString());
    String marker = "expanded prompt (unstated facts read from the given frames): ";
    assertTrue(expanded.contains(marker), expanded);
    String caption = expanded.substring(expanded.indexOf(marker) + marker.length()).lines().findFirst().orElseThrow();
    assertEquals(shown, CaptionParser.parse(caption).background(), caption);
    StringWriter preview = new StringWriter();
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(preview));
    assertEquals(0, cli.execute("prompt", "expand", "--video", clip.toString(), "--model", model.toString(), prompt));
    assertEquals(caption, preview.toString().strip(), "prompt expand --video previews it");
    assertNotEquals(shown, CaptionParser.parse(new PlaceablePromptExpander().expand(prompt, 0).caption()).background(),
        "the seed alone would draw another background");
  }

  @Test
  void aBlockedPromptExitsWithThreeNamesTheCategoryAndWritesNothing() throws Exception {
    Path target = dir.resolve("blocked.mp4");
    Captured blocked = capture("generate", "a n a k e d woman on a beach", "--size", "32x32", "-o", target.toString());
    assertEquals(ModeRunner.BLOCKED, blocked.code());
    assertTrue(blocked.err().contains("sexual"), blocked.err());
    assertFalse(blocked.err().contains("expanded prompt"), "blocked before the prompt is expanded or the model loaded");
    assertEquals(List.of(), List.of(dir.toFile().list()), "nothing is written");
  }

  @Test
  void generatedVideosCarryTheWatermarkOfTheModelAndJobAndValidCredentials() throws Exception {
    Path video = dir.resolve("marked.mp4");
    Captured generated = capture("generate", "a red ball bounces on green grass", "--size", "128x128", "--frames", "9", "-o", video.toString());
    assertEquals(0, generated.code(), generated.err());
    Matcher stamp = Pattern.compile("watermark: model (\\S+), job (\\S+) \\(payload ([0-9a-f]{16})\\)").matcher(generated.err());
    assertTrue(stamp.find(), generated.err());
    assertEquals(Payload.of(stamp.group(1), stamp.group(2)).hex(), stamp.group(3));

    Captured detect = capture("detect", "--keys", keys.toString(), video.toString());
    assertEquals(0, detect.code(), detect.err());
    JsonNode report = new ObjectMapper().readTree(detect.out());
    assertTrue(report.at("/watermark/detected").asBoolean(), detect.out());
    assertEquals(stamp.group(3), report.at("/watermark/payload").asText());
    assertTrue(report.at("/c2pa/present").asBoolean() && report.at("/c2pa/valid").asBoolean(), detect.out());
  }

  private record Captured(int code, String out, String err) {}

  /** Runs the CLI (generation commands on the test model) with stdout and stderr captured. */
  private static Captured capture(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (!args[0].equals("detect")) all.addAll(List.of("--model", model.toString(), "--provenance-keys", keys.toString(), "--steps", "2"));
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      var cli = Main.commandLine();
      cli.setErr(new PrintWriter(System.err, true));
      int code = cli.execute(all.toArray(String[]::new));
      return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }

  private static int run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--model", model.toString(), "--provenance-keys", keys.toString(), "--steps", "2"));
    return Main.commandLine().execute(all.toArray(String[]::new));
  }

  private static String stderrOf(String... args) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, run(args));
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static Video worldClip(long seed, int width, int height, int frames) {
    return Renderer.render(new SceneSampler(WorldSpec.training()).sample(seed), new RenderSpec(width, height, 8, frames)).video();
  }

  private static Video slice(Video video, int from, int count) {
    return new Video(video.width(), video.height(), video.fps(), video.frames().subList(from, from + count));
  }
}
