package dev.zoetrope.cli;

import dev.zoetrope.generate.ProgressListener;
import java.io.PrintStream;

/** A one-line progress bar on stderr: percentage, stage and elapsed time. */
final class ConsoleProgress implements ProgressListener {
  private final PrintStream out;
  private final String label;
  private final long start = System.nanoTime();
  private int lastPercent = -1;

  ConsoleProgress(PrintStream out, String label) {
    this.out = out;
    this.label = label;
  }

  @Override
  public void progress(double fraction, String stage) {
    int percent = (int) Math.floor(100 * Math.max(0, Math.min(1, fraction)));
    if (percent == lastPercent && !stage.equals("done")) return;
    lastPercent = percent;
    int filled = percent * 24 / 100;
    double elapsed = (System.nanoTime() - start) / 1e9;
    double eta = fraction > 0.01 ? elapsed / fraction - elapsed : Double.NaN;
    out.printf("\r%s [%s%s] %3d%% %-8s %5.1f s%s\u001b[K", label, "#".repeat(filled), ".".repeat(24 - filled), percent, stage, elapsed,
        Double.isFinite(eta) ? String.format(" | ETA %.0f s", eta) : "");
    out.flush();
  }

  void done() {
    out.println();
  }
}
