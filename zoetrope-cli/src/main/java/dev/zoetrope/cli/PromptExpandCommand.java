package dev.zoetrope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.zoetrope.checkpoint.Checkpoint;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.generate.Conditioning;
import dev.zoetrope.modes.GivenScene;
import dev.zoetrope.modes.InputMedia;
import dev.zoetrope.modes.SizeGrid;
import dev.zoetrope.world.caption.Expansion;
import dev.zoetrope.world.sample.PlaceablePromptExpander;
import dev.zoetrope.world.scene.SceneFacts;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prompt expansion from the command line: short prompt in, detailed caption (and facts) out. */
@Command(
    name = "expand",
    mixinStandardHelpOptions = true,
    description = {
      "Expand a short prompt into a detailed caption in the world's language.",
      "Facts the prompt states are kept; the rest are filled from the seed, redrawn (up to",
      "8 times) until the world's scene sampler can place the scene.",
      "With --image or --video, what those frames show fills the blanks first, as generate --image",
      "and extend do (read after fitting them to the model's grid, so the caption is the one they print).",
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope prompt expand a red ball bouncing on the beach",
      "  zoetrope prompt expand --seed 3 --json \"two creatures, the camera zooms in\"",
      "  zoetrope prompt expand --video ball.mp4 \"the ball keeps bouncing\"   (as extend ball.mp4 would)",
    })
final class PromptExpandCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PROMPT", description = "The prompt (its words may be unquoted).")
  List<String> words;

  @Option(names = "--seed", defaultValue = "0", description = "Seed for the unstated facts (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print prompt, caption and complete facts as JSON.")
  boolean json;

  @Option(names = "--image", paramLabel = "FILE", description = "An image to animate: fill the blanks from what it shows, as generate --image does.")
  Path image;

  @Option(names = "--video", paramLabel = "FILE", description = "A video to extend: fill the blanks from what its last frames show, as extend does.")
  Path video;

  @Option(names = "--model", paramLabel = "CHECKPOINT",
      description = "The model whose size grid and frame rate --image or --video are fitted to (default: the shipped model).")
  Path model;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String prompt = String.join(" ", words).trim();
    if (prompt.isEmpty()) throw new IllegalArgumentException("the prompt is empty");
    Expansion expansion = new PlaceablePromptExpander().expand(prompt, seed, seen());
    if (!json) {
      spec.commandLine().getOut().println(expansion.caption());
      return 0;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("prompt", expansion.prompt());
    out.put("seed", seed);
    out.put("caption", expansion.caption());
    out.put("facts", expansion.facts());
    spec.commandLine().getOut().println(
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
    return 0;
  }

  /** What the given image or video shows, read as the mode that takes it reads it; null without one. */
  private SceneFacts seen() {
    if (image != null && video != null) throw new IllegalArgumentException("give --image or --video, not both");
    if (image == null && video == null) return null;
    ModelConfig config = Checkpoint.readConfig(ModeOptions.checkpointOr(model));
    SizeGrid grid = SizeGrid.of(config);
    Conditioning given = image != null
        ? new Conditioning.ImageToVideo(InputMedia.image(image, grid, null, config.fps()).video())
        : new Conditioning.Extend(InputMedia.video(video, grid, null, config.fps()).video(), false, false);
    return GivenScene.read(given);
  }
}
