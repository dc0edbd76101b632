package dev.zoetrope.safety.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns per-clip bench results into rates, score quantiles and a printable table. */
final class WatermarkReport {
  private WatermarkReport() {}

  static Map<String, Object> summarise(WatermarkBench.Settings settings, List<WatermarkBench.ClipResult> results) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("settings", settings);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int c = 0; c < WatermarkBench.CONDITIONS.size(); c++) {
      int condition = c;
      double[] markedScores = scores(results, true, condition);
      double[] plainScores = scores(results, false, condition);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("condition", WatermarkBench.CONDITIONS.get(c));
      row.put("tpr", rate(results, true, condition));
      row.put("fpr", rate(results, false, condition));
      row.put("payload_recovered", results.stream().filter(r -> r.marked()).filter(r -> r.payloadRecovered().get(condition)).count()
          / (double) markedScores.length);
      row.put("marked_score_min", markedScores[0]);
      row.put("marked_score_p05", quantile(markedScores, 0.05));
      row.put("marked_score_median", quantile(markedScores, 0.5));
      row.put("unmarked_score_median", quantile(plainScores, 0.5));
      row.put("unmarked_score_max", plainScores[plainScores.length - 1]);
      rows.add(row);
    }
    report.put("conditions", rows);
    double[] psnr = results.stream().filter(r -> r.marked()).mapToDouble(r -> r.psnr()).sorted().toArray();
    report.put("psnr_db_mean", Arrays.stream(psnr).average().orElse(Double.NaN));
    report.put("psnr_db_min", psnr[0]);
    report.put("marked_clips", psnr.length);
    report.put("unmarked_clips", results.size() - psnr.length);
    return report;
  }

  static String table(Map<String, Object> report) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("| condition | TPR | FPR | payload recovered | marked z p5 / median | unmarked z median / max |%n"));
    out.append(String.format("|---|---|---|---|---|---|%n"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) report.get("conditions");
    for (Map<String, Object> row : rows) {
      out.append(String.format("| %s | %.3f | %.3f | %.3f | %.1f / %.1f | %.1f / %.1f |%n",
          row.get("condition"), row.get("tpr"), row.get("fpr"), row.get("payload_recovered"),
          row.get("marked_score_p05"), row.get("marked_score_median"),
          row.get("unmarked_score_median"), row.get("unmarked_score_max")));
    }
    out.append(String.format("PSNR marked vs unmarked frames: mean %.2f dB, min %.2f dB (%s marked, %s unmarked clips)%n",
        report.get("psnr_db_mean"), report.get("psnr_db_min"), report.get("marked_clips"), report.get("unmarked_clips")));
    return out.toString();
  }

  private static double rate(List<WatermarkBench.ClipResult> results, boolean marked, int condition) {
    long total = results.stream().filter(r -> r.marked() == marked).count();
    long detected = results.stream().filter(r -> r.marked() == marked).filter(r -> r.detections().get(condition).detected()).count();
    return detected / (double) total;
  }

  private static double[] scores(List<WatermarkBench.ClipResult> results, boolean marked, int condition) {
    return results.stream().filter(r -> r.marked() == marked).mapToDouble(r -> r.detections().get(condition).score()).sorted().toArray();
  }

  private static double quantile(double[] sorted, double q) {
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  }
}
