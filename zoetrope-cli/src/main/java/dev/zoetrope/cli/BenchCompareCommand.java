package dev.zoetrope.cli;

import dev.zoetrope.world.bench.ReportComparison;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code zoetrope bench compare}: two quality reports of one suite, paired video by video. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two bench quality reports of the same suite video by video.",
      "Videos pair up when id, prompt, seed and size agree (run both with the same --suite, --limit and"
          + " --expand), so each dimension gets the per-video difference NEW - BASE: how many videos rose and fell,"
          + " its mean and standard error, and a verdict (better or worse beyond two standard errors, else noise)."
          + " Then the failed facts of both by kind, and the objects seen against those asked for (a surplus: objects"
          + " drawn in pieces).",
      "Two checkpoints compared this way need far fewer prompts than two means do."
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope bench quality --suite held_out --limit 60 --out reports/old",
      "  zoetrope bench quality --suite held_out --limit 60 --model runs/dit/checkpoint --out reports/new",
      "  zoetrope bench compare reports/old reports/new"
    })
public final class BenchCompareCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASE", description = "The reference report: a bench quality --out folder or its report.json.")
  Path base;

  @Parameters(index = "1", paramLabel = "NEW", description = "The report to compare with it.")
  Path next;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ReportComparison.read(base, next).table());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
