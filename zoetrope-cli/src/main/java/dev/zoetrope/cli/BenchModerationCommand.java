package dev.zoetrope.cli;

import dev.zoetrope.config.Json;
import dev.zoetrope.media.AtomicFiles;
import dev.zoetrope.safety.moderation.ModerationBench;
import dev.zoetrope.safety.moderation.Moderator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zoetrope bench moderation}: precision and recall per category on the labelled prompts. */
@Command(
    name = "moderation",
    mixinStandardHelpOptions = true,
    description = {
      "Run the prompt moderator on the labelled prompts in the repository.",
      "They are the development set the thresholds were calibrated on, and a held-out set written afterwards."
          + " Prints precision and recall per category and writes the full report (with every miss) as JSON."
    },
    footer = {"", "Examples:", "  zoetrope bench moderation", "  zoetrope bench moderation --thresholds strict.json --out moderation.json"})
public final class BenchModerationCommand implements Callable<Integer> {
  @Option(names = "--thresholds", paramLabel = "FILE", description = "JSON file overriding the default thresholds.")
  Path thresholds;

  @Option(names = "--out", defaultValue = "moderation-bench.json", description = "Report file (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Moderator moderator = thresholds == null ? Moderator.shared() : Moderator.withThresholdsFile(thresholds);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("development", ModerationBench.run(moderator, ModerationBench.labelled()));
    report.put("held_out", ModerationBench.run(moderator, ModerationBench.heldOut()));
    Path target = out.toAbsolutePath();
    Path temporary = AtomicFiles.temporarySibling(target);
    Files.writeString(temporary, Json.write(report));
    AtomicFiles.commit(temporary, target);
    System.out.println("Development set (thresholds calibrated here):");
    System.out.print(ModerationBench.table(castMap(report.get("development"))));
    System.out.println();
    System.out.println("Held-out set:");
    System.out.print(ModerationBench.table(castMap(report.get("held_out"))));
    return 0;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object value) {
    return (Map<String, Object>) value;
  }
}
