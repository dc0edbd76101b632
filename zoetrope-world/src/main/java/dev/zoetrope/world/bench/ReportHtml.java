package dev.zoetrope.world.bench;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * report.html: one self-contained page. A bar per dimension with the ceiling and each floor marked
 * on the same scale; then, per prompt, a contact sheet of the video and the facts it failed.
 */
public final class ReportHtml {
  private ReportHtml() {}

  public static String of(BenchReport report) {
    StringBuilder html = new StringBuilder();
    html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Zoetrope quality bench: ").append(escape(report.suite().name())).append("</title>")
        .append("<style>").append(STYLE).append("</style></head><body>");
    html.append("<h1>Quality bench: <code>").append(escape(report.suite().name())).append("</code></h1>");
    html.append("<p class=\"meta\">").append(escape(report.source())).append(" &middot; ")
        .append(report.suite().entries().size()).append(" videos &middot; ")
        .append(String.format("%.1f s", report.runtimeSeconds())).append("</p>");
    html.append("<div class=\"legend\"><span class=\"bar-sample\"></span> score <span class=\"mark ceiling\"></span> ceiling (ground truth)")
        .append(" <span class=\"mark shuffled_captions\"></span> shuffled captions <span class=\"mark frozen_frame\"></span> frozen frame")
        .append(" <span class=\"mark uniform_noise\"></span> uniform noise</div>");
    html.append("<table class=\"dimensions\"><thead><tr><th>dimension</th><th class=\"chart\">score vs ceiling and floors</th>")
        .append("<th>score</th><th>95% CI</th><th>n</th><th>ceiling</th>");
    for (String floor : BenchReport.FLOORS) html.append("<th>").append(floor.replace('_', ' ')).append("</th>");
    html.append("</tr></thead><tbody>");
    for (Dimension d : Dimension.values()) {
      Double value = report.metrics().means().get(d);
      if (value == null) continue;
      dimensionRow(html, report, d, value);
    }
    html.append("</tbody></table>");
    html.append("<h2>Prompts</h2>");
    for (VideoScore v : report.metrics().videos()) promptSection(html, report, v);
    html.append("</body></html>");
    return html.toString();
  }

  private static void dimensionRow(StringBuilder html, BenchReport report, Dimension d, double value) {
    Double ceiling = report.ceiling().means().get(d);
    double top = scaleTop(report, d, value);
    html.append("<tr><td><code>").append(d.key()).append("</code>").append(d.analogue() ? " <sup title=\"analogue of the published formula\">a</sup>" : "")
        .append("</td><td class=\"chart\"><div class=\"track\">")
        .append("<div class=\"bar\" style=\"width:").append(percent(value, top)).append("%\"></div>");
    if (ceiling != null) mark(html, "ceiling", ceiling, top);
    for (String floor : BenchReport.FLOORS) {
      Double f = report.floors().get(floor).means().get(d);
      if (f != null) mark(html, floor, f, top);
    }
    html.append("</div></td><td>").append(format(value)).append("</td><td>");
    double[] ci = report.metrics().ci95().get(d);
    html.append(ci == null ? "" : format(ci[0]) + "&ndash;" + format(ci[1]));
    html.append("</td><td>").append(report.metrics().counts().getOrDefault(d, 0)).append("</td><td>").append(format(ceiling)).append("</td>");
    for (String floor : BenchReport.FLOORS) html.append("<td>").append(format(report.floors().get(floor).means().get(d))).append("</td>");
    html.append("</tr>");
  }

  /** Scores in [0, 1] share one scale; errors, distances and decibels scale to the largest shown. */
  private static double scaleTop(BenchReport report, Dimension d, double value) {
    if (d.kind() == Dimension.Kind.ATTRIBUTE || d.kind() == Dimension.Kind.QUALITY || d.kind() == Dimension.Kind.DESCRIPTIVE) return 1;
    double top = value;
    Double ceiling = report.ceiling().means().get(d);
    if (ceiling != null) top = Math.max(top, ceiling);
    for (SetScores floor : report.floors().values()) {
      Double f = floor.means().get(d);
      if (f != null && !f.isNaN()) top = Math.max(top, f);
    }
    return top <= 0 ? 1 : top;
  }

  private static void mark(StringBuilder html, String kind, double value, double top) {
    html.append("<span class=\"mark ").append(kind).append("\" title=\"").append(kind.replace('_', ' ')).append(' ')
        .append(format(value)).append("\" style=\"left:").append(percent(value, top)).append("%\"></span>");
  }

  private static void promptSection(StringBuilder html, BenchReport report, VideoScore v) {
    SuiteEntry e = v.entry();
    html.append("<section class=\"prompt\" id=\"").append(escape(e.id())).append("\"><h3><code>").append(escape(e.id()))
        .append("</code> ").append(escape(e.prompt())).append("</h3>");
    html.append("<p class=\"meta\">seed ").append(e.seed()).append(" &middot; ").append(e.size()).append(" &middot; ")
        .append(e.seconds()).append(" s &middot; ").append(e.mode().key()).append("</p>");
    byte[] sheet = report.contactSheets().get(e.id());
    if (sheet != null) {
      html.append("<img class=\"sheet\" alt=\"frames of ").append(escape(e.id())).append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(sheet)).append("\">");
    }
    List<FactCheck.Fact> failed = v.failed();
    if (failed.isEmpty()) {
      html.append("<p class=\"ok\">every stated fact holds (").append(v.facts().size()).append(")</p>");
    } else {
      html.append("<ul class=\"failed\">");
      for (FactCheck.Fact f : failed) {
        html.append("<li><b>").append(escape(f.name())).append("</b>: expected ").append(escape(f.expected()))
            .append(", saw ").append(escape(f.observed())).append("</li>");
      }
      html.append("</ul>");
    }
    html.append("<p class=\"scores\">");
    for (Map.Entry<Dimension, Double> s : new java.util.TreeMap<>(v.scores()).entrySet()) {
      html.append("<span>").append(s.getKey().key()).append(" ").append(format(s.getValue())).append("</span> ");
    }
    html.append("</p></section>");
  }

  private static String percent(double value, double top) {
    double p = Double.isNaN(value) ? 0 : Math.max(0, Math.min(100, 100 * value / top));
    return String.format(java.util.Locale.ROOT, "%.1f", p);
  }

  private static String format(Double value) {
    return value == null || value.isNaN() ? "&ndash;" : String.format(java.util.Locale.ROOT, "%.3f", value);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static final String STYLE = String.join("",
      "body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1d1d1f;background:#fafafa}",
      "h1{font-size:22px}h2{margin-top:32px}h3{font-size:15px;margin:0 0 4px}",
      ".meta{color:#666;margin:2px 0 8px}code{font-family:ui-monospace,monospace}",
      "table.dimensions{border-collapse:collapse;background:#fff}",
      "table.dimensions td,table.dimensions th{padding:4px 8px;border-bottom:1px solid #eee;text-align:right;white-space:nowrap}",
      "table.dimensions td:first-child,table.dimensions th:first-child{text-align:left}",
      "td.chart{width:320px}.track{position:relative;height:14px;background:#eef0f3;border-radius:3px}",
      ".bar{position:absolute;left:0;top:0;bottom:0;background:#4a7bd0;border-radius:3px}",
      ".mark{position:absolute;top:-3px;width:3px;height:20px;margin-left:-1px}",
      ".legend .mark{position:relative;display:inline-block;top:3px;margin:0 4px 0 12px}",
      ".bar-sample{display:inline-block;width:18px;height:10px;background:#4a7bd0}",
      ".ceiling{background:#1a9850}.shuffled_captions{background:#d73027}.frozen_frame{background:#fc8d59}",
      ".uniform_noise{background:#7b3294}",
      "section.prompt{background:#fff;border:1px solid #e5e5e5;border-radius:6px;padding:10px;margin:10px 0}",
      "img.sheet{display:block;image-rendering:pixelated;max-width:100%}",
      "ul.failed{color:#b2182b;margin:6px 0}p.ok{color:#1a9850}.scores span{color:#555;margin-right:8px;font-size:12px}");
}
