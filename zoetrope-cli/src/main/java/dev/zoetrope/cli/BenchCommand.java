package dev.zoetrope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zoetrope bench}: measurements (each area adds its own subcommand here). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure speed and quality.",
    subcommands = {
      BenchPerfCommand.class,
      BenchQualityCommand.class,
      BenchCompareCommand.class,
      BenchCaptionsCommand.class,
      BenchRoundTripCommand.class,
      BenchServerCommand.class,
      BenchWatermarkCommand.class,
      BenchModerationCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope bench perf --out perf.json",
      "  zoetrope bench quality --suite held_out --ground-truth --out reports/ceiling",
      "  zoetrope bench compare reports/old reports/new",
      "  zoetrope bench captions --model runs/dit/checkpoint",
      "  zoetrope bench roundtrip --model runs/encoder/checkpoint",
      "  zoetrope bench server --clients 8 --duration 30",
      "  zoetrope bench watermark --clips 200",
      "  zoetrope bench moderation"
    })
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
