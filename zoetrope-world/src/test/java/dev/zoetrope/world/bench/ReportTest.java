package dev.zoetrope.world.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.json has the promised shape; report.html opens in Chromium and shows bars and contact sheets. */
class ReportTest {
  static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

  @TempDir static Path dir;
  static BenchReport report;

  @BeforeAll
  static void run() throws Exception {
    Suite heldOut = Suite.load("held_out");
    Suite suite = new Suite("held_out", heldOut.entries().subList(0, 4));
    report = new BenchRunner(2, line -> {}).run(suite, VideoSource.groundTruth());
    ReportWriter.write(report, dir);
  }

  @Test
  void jsonCarriesMetricsCeilingFloorsAndIntervalsKeyedByDimension() throws Exception {
    JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertEquals("held_out", json.get("suite").asText());
    assertEquals(4, json.get("n_videos").asInt());
    assertEquals(4, json.get("seeds").size());
    for (String object : List.of("metrics", "ceiling", "ci95", "n")) {
      for (Dimension d : Dimension.values()) assertTrue(json.get(object).has(d.key()), object + " lacks " + d.key());
    }
    for (String floor : BenchReport.FLOORS) {
      for (Dimension d : Dimension.values()) assertTrue(json.get("floors").get(floor).has(d.key()), floor + " lacks " + d.key());
    }
    assertEquals(1.0, json.get("ceiling").get("color").asDouble(), 1e-9);
    assertTrue(json.get("ci95").get("color").isArray());
    assertTrue(json.get("floors").get("frozen_frame").get("first_frame_psnr").isNull(), "t2v has no first-frame PSNR");
    JsonNode first = json.get("per_prompt").get(0);
    assertEquals("held_out-001", first.get("id").asText());
    assertTrue(first.get("failed_facts").isArray());
    assertTrue(first.get("scores").has("caption_fact_accuracy"));
    assertTrue(Files.size(dir.resolve("contact_sheets/held_out-001.png")) > 100);
  }

  @Test
  void htmlOpensInChromiumWithABarPerDimensionAndAContactSheetPerPrompt() throws Exception {
    try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true).setArgs(CHROMIUM_FLAGS))) {
      Page page = browser.newPage();
      page.navigate(dir.resolve("report.html").toUri().toString());
      assertTrue(page.title().contains("held_out"), page.title());
      int bars = page.locator("table.dimensions .bar").count();
      assertEquals(report.metrics().means().size(), bars);
      assertEquals(4, page.locator("section.prompt").count());
      // Every contact sheet decoded: an image that failed to load has naturalWidth 0.
      Object widths = page.evaluate("() => Array.from(document.querySelectorAll('img.sheet')).map(i => i.naturalWidth)");
      for (Object w : (List<?>) widths) assertTrue(((Number) w).intValue() > 0, "contact sheet not decoded");
      byte[] screenshot = page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(dir.resolve("report.png")));
      assertTrue(screenshot.length > 10_000, "screenshot of " + screenshot.length + " bytes");
      assertFalse(page.innerText("body").contains("NaN"), "a score rendered as NaN");
    }
  }
}
