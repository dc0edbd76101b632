package dev.zoetrope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.zoetrope.world.caption.CaptionParser;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Shows what the parser reads in a text: the stated facts as JSON, null for unstated. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Print the facts a text states, as JSON (null = not stated).",
    footer = {
      "",
      "Examples:",
      "  zoetrope prompt parse a red and a blue ball rolling left",
      "  zoetrope prompt parse \"A tiny scarlet orb drifts lazily to the upper left at night.\"",
    })
final class PromptParseCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The text (its words may be unquoted).")
  List<String> words;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String text = String.join(" ", words);
    spec.commandLine().getOut().println(new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(CaptionParser.parse(text)));
    return 0;
  }
}
