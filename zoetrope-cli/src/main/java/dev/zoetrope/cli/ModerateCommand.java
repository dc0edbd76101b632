package dev.zoetrope.cli;

import dev.zoetrope.config.Json;
import dev.zoetrope.safety.moderation.ModerationResult;
import dev.zoetrope.safety.moderation.Moderator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zoetrope moderate}: the content-policy check every generation runs first. */
@Command(
    name = "moderate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a prompt against the content policy and print the verdict as JSON.",
      "Exit code 3 when the prompt is blocked, 0 when it may be generated. Categories: sexual_minors, sexual,"
          + " graphic_violence, self_harm, hate, real_person_likeness, copyrighted_character."
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope moderate \"a red ball bouncing on the grass\"",
      "  zoetrope moderate --thresholds strict.json \"a knight fighting a dragon\"",
      "",
      "A thresholds file overrides any subset of: {\"embedding\": {\"hate\": 0.45}, \"margin\": 0.03, \"weak_lexicon\": 0.4}"
    })
public final class ModerateCommand implements Callable<Integer> {
  /** Exit code for a blocked prompt. */
  public static final int BLOCKED = 3;

  @Parameters(index = "0", paramLabel = "PROMPT", description = "The prompt to check (quote it).")
  String prompt;

  @Option(names = "--thresholds", paramLabel = "FILE", description = "JSON file overriding the default thresholds.")
  Path thresholds;

  @Override
  public Integer call() throws Exception {
    if (prompt.isBlank()) throw new IllegalArgumentException("the prompt is empty");
    Moderator moderator = thresholds == null ? Moderator.shared() : Moderator.withThresholdsFile(thresholds);
    ModerationResult result = moderator.check(prompt);
    System.out.println(Json.write(result));
    if (result.flagged()) {
      System.err.println("zoetrope: prompt blocked by the content policy (" + result.category() + ")");
      return BLOCKED;
    }
    return 0;
  }
}
