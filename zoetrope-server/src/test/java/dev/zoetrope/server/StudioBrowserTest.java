package dev.zoetrope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The studio in a real browser (Debian's chromium through Playwright, offline): a person types a
 * prompt, watches the progress bar move, and the video plays in the gallery.
 */
class StudioBrowserTest {
  static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

  @TempDir static Path dataDir;
  static TestServer server;
  static Playwright playwright;
  static Browser browser;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestServer.config(dataDir, 1), TestModels.factory());
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true).setArgs(CHROMIUM_FLAGS));
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (playwright != null) playwright.close();
    server.close();
  }

  @Test
  void submitWatchProgressAndPlay() throws Exception {
    Http http = server.client("studio-user");
    Page page = browser.newPage();
    List<String> consoleErrors = new ArrayList<>();
    page.onConsoleMessage(message -> { if (message.type().equals("error")) consoleErrors.add(message.text()); });
    page.navigate(server.server.baseUrl() + "/");

    page.fill("#api-key", http.key);
    page.click("#key-form button");
    page.fill("#prompt", "a red ball moves right on the grass");
    page.selectOption("#size", TestModels.SIZE);
    page.fill("#seconds", "2");
    // Record every progress value the bar shows, from the page itself.
    page.evaluate("() => { window.progressSeen = []; new MutationObserver(() => window.progressSeen.push("
        + "document.getElementById('progress').value)).observe(document.getElementById('active-percent'),"
        + " {childList: true, characterData: true, subtree: true}); }");
    page.click("#submit");

    page.waitForFunction("() => { const v = document.querySelector('#gallery video'); return v && v.readyState >= 2 && v.duration > 0; }",
        null, new Page.WaitForFunctionOptions().setTimeout(120_000));
    @SuppressWarnings("unchecked")
    List<Number> seen = (List<Number>) page.evaluate("() => window.progressSeen");
    assertTrue(seen.stream().anyMatch(p -> p.intValue() > 0 && p.intValue() < 100), "progress moved through the middle: " + seen);
    assertEquals(100, seen.get(seen.size() - 1).intValue(), "progress ends at 100: " + seen);
    double duration = ((Number) page.evaluate("() => document.querySelector('#gallery video').duration")).doubleValue();
    assertTrue(duration > 0);
    assertTrue((Boolean) page.evaluate("() => document.getElementById('error').hidden"), page.textContent("#error"));

    Path screenshot = Path.of("target", "screenshots", "studio.png");
    Files.createDirectories(screenshot.getParent());
    page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));
    assertTrue(Files.size(screenshot) > 1000);
    assertEquals(List.of(), consoleErrors);
  }

  @Test
  void errorsAreShownPlainly() {
    Page page = browser.newPage();
    page.navigate(server.server.baseUrl() + "/");
    page.fill("#api-key", server.client("studio-errors").key);
    page.click("#key-form button");
    page.fill("#prompt", "   ");
    page.click("#submit");
    page.waitForSelector("#error:not([hidden])");
    assertTrue(page.textContent("#error").contains("prompt"), page.textContent("#error"));
  }
}
