package dev.zoetrope.world.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Writes report.json, report.html and contact_sheets/ID.png into a folder, each file atomically. */
public final class ReportWriter {
  private ReportWriter() {}

  public static void write(BenchReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    atomic(dir.resolve("report.json"), ReportJson.JSON.writeValueAsBytes(ReportJson.of(report)));
    atomic(dir.resolve("report.html"), ReportHtml.of(report).getBytes(StandardCharsets.UTF_8));
    Path sheets = Files.createDirectories(dir.resolve("contact_sheets"));
    for (Map.Entry<String, byte[]> sheet : report.contactSheets().entrySet()) {
      atomic(sheets.resolve(safe(sheet.getKey()) + ".png"), sheet.getValue());
    }
  }

  /** Writes beside the target and renames, so a crash never leaves half a file. */
  static void atomic(Path target, byte[] bytes) throws IOException {
    Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
    Files.write(temporary, bytes);
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static String safe(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
