package dev.zoetrope.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** metrics.csv: one row per logged step. On resume, rows after the checkpoint's step are dropped. */
public final class MetricsLog {
  public static final String HEADER = "step,loss,learning_rate,grad_norm,samples_per_s,elapsed_s,extra";
  private final Path file;

  public MetricsLog(Path file, int resumeStep) throws IOException {
    this.file = file;
    List<String> kept = new ArrayList<>();
    kept.add(HEADER);
    if (resumeStep > 0 && Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank() || line.startsWith("step")) continue;
        if (Integer.parseInt(line.substring(0, line.indexOf(','))) <= resumeStep) kept.add(line);
      }
    }
    Files.write(file, kept);
  }

  public void append(int step, double loss, double lr, double gradNorm, double samplesPerSecond, double elapsed, String extra)
      throws IOException {
    String row = String.format(java.util.Locale.ROOT, "%d,%.8g,%.6g,%.6g,%.3f,%.1f,%s%n", step, loss, lr, gradNorm, samplesPerSecond,
        elapsed, extra == null ? "" : extra);
    Files.writeString(file, row, StandardOpenOption.APPEND);
  }

  /** The loss column of a metrics file, in step order. */
  public static List<double[]> read(Path file) throws IOException {
    List<double[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("step")) continue;
      String[] parts = line.split(",");
      rows.add(new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])});
    }
    return rows;
  }
}
