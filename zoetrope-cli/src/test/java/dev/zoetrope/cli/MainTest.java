package dev.zoetrope.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help the command tree prints, as {@code zoetrope --help} and each parent command show it. */
class MainTest {
  @Test
  void everyCommandListShowsWholeSentences() {
    List<String> cut = new ArrayList<>();
    collectCutSummaries(Main.commandLine(), cut);
    assertEquals(List.of(), cut, "a parent's command list shows only the first description line; end it with a sentence");
  }

  @Test
  void stepsHelpSaysWhatZeroMeansAsTheErrorDoes() {
    var steps = Main.commandLine().getSubcommands().get("generate").getCommandSpec().findOption("--steps");
    String help = String.join(" ", steps.description());
    String error = assertThrows(IllegalArgumentException.class, () -> ModeOptions.checkStepsAndGuidance(-1, 0)).getMessage();
    assertTrue(error.contains("1..1000 (0 = the model's default)"), error);
    assertTrue(help.contains("1..1000 (0 = the model's default"), help);
  }

  private static void collectCutSummaries(CommandLine parent, List<String> cut) {
    for (CommandLine command : parent.getSubcommands().values()) {
      CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
      String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
      String summary = lines.length == 0 ? "" : lines[0].strip();
      if (!summary.matches(".*[.?!]\\)?")) cut.add(command.getCommandSpec().qualifiedName() + ": " + summary);
      collectCutSummaries(command, cut);
    }
  }
}
