package dev.zoetrope.train;

import java.io.PrintStream;

/** One refreshing line on stderr: step, bar, loss, samples/s, ETA. */
public final class ProgressBar {
  private final PrintStream out;
  private final String label;
  private final boolean interactive;

  public ProgressBar(PrintStream out, String label) {
    this.out = out;
    this.label = label;
    this.interactive = System.console() != null;
  }

  /** Draws the line; without a terminal only every {@code every}-th step is printed, as its own line. */
  public void show(int step, int total, String metrics, double etaSeconds, int every) {
    if (!interactive && step % every != 0 && step != total) return;
    int width = 24, filled = (int) Math.round(width * Math.min(1.0, (double) step / total));
    String bar = "#".repeat(filled) + ".".repeat(width - filled);
    String line = String.format("%s %d/%d [%s] %s | ETA %s", label, step, total, bar, metrics, clock(etaSeconds));
    if (interactive) out.print("\r" + line + "\u001b[K");
    else out.println(line);
    out.flush();
  }

  public void done() {
    if (interactive) out.println();
  }

  public static String clock(double seconds) {
    if (!Double.isFinite(seconds) || seconds < 0) return "--:--";
    long s = Math.round(seconds);
    return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%02d:%02d", s / 60, s % 60);
  }
}
