package dev.zoetrope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.zoetrope.world.caption.Expansion;
import dev.zoetrope.world.sample.PlaceablePromptExpander;
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
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope prompt expand a red ball bouncing on the beach",
      "  zoetrope prompt expand --seed 3 --json \"two creatures, the camera zooms in\"",
    })
final class PromptExpandCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PROMPT", description = "The prompt (its words may be unquoted).")
  List<String> words;

  @Option(names = "--seed", defaultValue = "0", description = "Seed for the unstated facts (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print prompt, caption and complete facts as JSON.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String prompt = String.join(" ", words).trim();
    if (prompt.isEmpty()) throw new IllegalArgumentException("the prompt is empty");
    Expansion expansion = new PlaceablePromptExpander().expand(prompt, seed);
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
}
