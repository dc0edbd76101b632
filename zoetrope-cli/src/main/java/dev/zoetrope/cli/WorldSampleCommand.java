package dev.zoetrope.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zoetrope.media.AtomicFiles;
import dev.zoetrope.media.Mp4Writer;
import dev.zoetrope.media.PngIO;
import dev.zoetrope.world.caption.Captioner;
import dev.zoetrope.world.caption.Captions;
import dev.zoetrope.world.render.ClipJson;
import dev.zoetrope.world.render.RenderedClip;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.SceneFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zoetrope world sample}: one random scene rendered to MP4 (or PNG) plus its truth as JSON. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Samples a random scene from the world (deterministic from --seed) and renders it.",
      "Writes the video (.mp4, H.264) or image (.png) plus a .json beside it with the scene, its facts, its"
          + " captions and per-frame ground truth (camera, boxes, centroids, visibility, colours, contacts)."
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope world sample --seed 7 --size 128x128 --seconds 4 --fps 8 -o clip.mp4",
      "  zoetrope world sample --seed 3 --aspect 16:9 --frames 33 -o wide.mp4",
      "  zoetrope world sample --seed 3 --size 128x224 --seconds 2 -o tall.mp4",
      "  zoetrope world sample --seed 5 -o still.png",
      "  zoetrope world sample --seed 5 --world full -o any.mp4",
      "",
      "--aspect 16:9 gives 224x128 and 9:16 gives 128x224; a .png is one frame; --world full",
      "also samples the held-out compositions (see docs/world.md)."
    })
final class WorldSampleCommand implements Callable<Integer> {
  @Option(names = "--seed", description = "Scene seed (default: ${DEFAULT-VALUE}).", defaultValue = "7")
  long seed;

  @Option(names = "--size", description = "Frame size WIDTHxHEIGHT (default 128x128).")
  String size;

  @Option(names = "--aspect", description = "Aspect ratio instead of --size: 1:1, 16:9 or 9:16 (short side 128).")
  String aspect;

  @Option(names = "--seconds", description = "Duration in seconds (default: ${DEFAULT-VALUE}).", defaultValue = "4")
  double seconds;

  @Option(names = "--fps", description = "Frames per second (default: ${DEFAULT-VALUE}).", defaultValue = "8")
  double fps;

  @Option(names = "--frames", description = "Frame count; overrides --seconds. 1 makes an image.")
  Integer frames;

  @Option(names = "--world", description = "training (held-out compositions excluded, default) or full.", defaultValue = "training")
  String world;

  @Option(names = "--bitrate", description = "H.264 bitrate in bits/s (default: from size and fps).")
  Integer bitrate;

  @Option(names = {"-o", "--output"}, required = true, description = "Output file: .mp4 or .png.")
  Path output;

  @Override
  public Integer call() throws Exception {
    boolean image = output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
    if (!image && !output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mp4")) {
      throw new IllegalArgumentException("--output must end in .mp4 or .png, got " + output);
    }
    RenderSpec spec = renderSpec(image);
    Scene scene = new SceneSampler(worldSpec()).sample(seed);
    RenderedClip clip = Renderer.render(scene, spec);
    if (image) {
      PngIO.write(clip.video(), 0, output);
    } else {
      Mp4Writer.write(clip.video(), output, bitrate != null ? bitrate : Mp4Writer.defaultBitrate(spec.width(), spec.height(), fps));
    }
    Path json = jsonBeside(output);
    writeJson(clip, json);
    System.out.printf(Locale.ROOT, "wrote %s (%dx%d, %d frame%s at %s fps) and %s%n", output, spec.width(), spec.height(),
        spec.frames(), spec.frames() == 1 ? "" : "s", fps, json.getFileName());
    return 0;
  }

  private RenderSpec renderSpec(boolean image) {
    if (size != null && aspect != null) throw new IllegalArgumentException("give --size or --aspect, not both");
    FrameSize frameSize = size != null ? FrameSize.parse(size) : aspect != null ? FrameSize.ofAspect(aspect, 128) : new FrameSize(128, 128);
    if (!(fps > 0 && fps <= 120)) throw new IllegalArgumentException("--fps must be in (0, 120], got " + fps);
    if (!(seconds > 0 && seconds <= 120)) throw new IllegalArgumentException("--seconds must be in (0, 120], got " + seconds);
    if (frames != null && frames < 1) throw new IllegalArgumentException("--frames must be >= 1, got " + frames);
    if (image && frames != null && frames != 1) throw new IllegalArgumentException("a .png holds one frame; --frames " + frames + " needs .mp4");
    int count = image ? 1 : frames != null ? frames : Math.max(1, (int) Math.round(seconds * fps));
    return new RenderSpec(frameSize.width(), frameSize.height(), fps, count);
  }

  private WorldSpec worldSpec() {
    return switch (world) {
      case "training" -> WorldSpec.training();
      case "full" -> WorldSpec.full();
      default -> throw new IllegalArgumentException("--world must be training or full, got '" + world + "'");
    };
  }

  static Path jsonBeside(Path media) {
    String name = media.getFileName().toString();
    return media.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".json");
  }

  private void writeJson(RenderedClip clip, Path json) throws java.io.IOException {
    ObjectNode root = ClipJson.of(clip);
    root.put("seed", seed);
    root.put("world", world);
    Captions captions = Captioner.captions(SceneFacts.of(clip.scene()), seed);
    root.set("captions", ClipJson.MAPPER.valueToTree(captions));
    Path temporary = AtomicFiles.temporarySibling(json);
    try {
      Files.write(temporary, ClipJson.MAPPER.writeValueAsBytes(root));
      AtomicFiles.commit(temporary, json);
    } catch (java.io.IOException | RuntimeException e) {
      AtomicFiles.discard(temporary);
      throw e;
    }
  }
}
