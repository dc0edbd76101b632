package dev.zoetrope.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zoetrope.safety.Provenance;
import dev.zoetrope.safety.watermark.Payload;
import dev.zoetrope.safety.watermark.WatermarkConfig;
import dev.zoetrope.server.Http;
import dev.zoetrope.server.TestModels;
import dev.zoetrope.server.TestServer;
import dev.zoetrope.server.jobs.JobStore;
import dev.zoetrope.server.media.ResultFiles;
import dev.zoetrope.server.media.Variant;
import dev.zoetrope.server.service.PromptModerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content policy, the watermark and C2PA credentials as a client meets them: on by default. */
class ContentSafetyTest {
  @TempDir static Path dataDir;
  static TestServer server;
  static Http client;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestServer.config(dataDir, 1), TestModels.factory(), PromptModerator.CONTENT_POLICY);
    client = server.client("alice");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aBlockedPromptIs400NamingTheCategoryAndNothingIsQueuedOrStored() throws IOException {
    Http mallory = server.client("mallory");
    long jobsBefore = jobCount();
    List<String> storedBefore = stored();
    Http.Response response = mallory.postJson("/v1/videos", Map.of("prompt", "a n a k e d woman on a beach", "size", TestModels.SIZE));
    assertEquals(400, response.status(), response.text());
    JsonNode error = response.json().get("error");
    assertEquals("moderation_blocked", error.get("code").asText());
    assertEquals("prompt", error.get("param").asText());
    assertTrue(error.get("message").asText().contains("sexual"), error.toString());
    assertEquals(jobsBefore, jobCount(), "no job row");
    assertEquals(0, new JobStore(server.server.database()).list("mallory", null, 10, true).size(), "no job row");
    assertEquals(storedBefore, stored(), "nothing stored");
  }

  private static long jobCount() {
    return new JobStore(server.server.database()).countByStatus().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Every result and upload file (the database's own files change as workers poll). */
  private static List<String> stored() throws IOException {
    try (Stream<Path> files = Files.walk(dataDir)) {
      return files.filter(Files::isRegularFile)
          .filter(path -> path.startsWith(dataDir.resolve("videos")) || path.startsWith(dataDir.resolve("inputs")))
          .map(Path::toString).sorted().toList();
    }
  }

  @Test
  void aCompletedVideoCarriesTheWatermarkOfTheModelAndJobAndValidCredentials() throws Exception {
    Http.Response created = client.postJson("/v1/videos", Map.of("prompt", "a red ball bounces on green grass", "seconds", "1", "size", "128x128"));
    assertEquals(200, created.status(), created.text());
    String id = created.json().get("id").asText();
    assertEquals("completed", client.awaitFinished(id, Duration.ofSeconds(60)).get("status").asText());

    Path mp4 = new ResultFiles(dataDir).file(id, Variant.VIDEO);
    Provenance.Report report = Provenance.detect(mp4, TestModels.provenanceKeys(), WatermarkConfig.defaults());
    assertTrue(report.watermark().detected(), report.toString());
    assertEquals(Payload.of("tiny", id), report.watermark().payload());
    assertTrue(report.c2pa().present() && report.c2pa().valid() && report.c2pa().trusted(), report.c2pa().problems().toString());
  }
}
