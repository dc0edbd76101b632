package dev.zoetrope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Groups the commands that read and expand prompts in the world's language. */
@Command(
    name = "prompt",
    mixinStandardHelpOptions = true,
    description = "Read prompts in the synthetic world's language and expand them into full captions.",
    subcommands = {PromptExpandCommand.class, PromptParseCommand.class},
    footer = {
      "",
      "Examples:",
      "  zoetrope prompt expand --seed 7 a red ball bouncing on the beach",
      "  zoetrope prompt parse \"two smiling creatures, the camera pans left\"",
      "",
      "The vocabulary is listed in docs/vocabulary.md.",
    })
final class PromptCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
