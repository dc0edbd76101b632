package dev.zoetrope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `serve` killed with SIGKILL while jobs are queued and running: after a restart, every job completes. */
class RestartTest {
  @TempDir Path dataDir;

  @Test
  void jobsSurviveAKilledServer() throws Exception {
    TestModels.checkpoint();
    List<String> ids = new ArrayList<>();
    try (ChildJvm first = serve("serve-first")) {
      Http http = new Http(baseUrl(), null);
      for (int i = 0; i < 4; i++) {
        Http.Response created = http.postJson("/v1/videos", Map.of("prompt", "a ball number " + i, "seconds", "2", "size", TestModels.SIZE));
        assertEquals(200, created.status(), created.text());
        ids.add(created.json().get("id").asText());
      }
      awaitStatus(http, ids.get(0), "in_progress");
      first.kill();
    }
    Files.delete(dataDir.resolve("port"));
    try (ChildJvm second = serve("serve-second")) {
      Http http = new Http(baseUrl(), null);
      for (String id : ids) {
        JsonNode video = http.awaitFinished(id, Duration.ofSeconds(90));
        assertEquals("completed", video.get("status").asText(), video.toString());
        assertEquals(200, http.get("/v1/videos/" + id + "/content").status());
      }
      Path mp4 = dataDir.resolve("videos").resolve(ids.get(0)).resolve("video.mp4");
      Ffprobe.probe(mp4);
    }
  }

  private ChildJvm serve(String name) throws Exception {
    return ChildJvm.start(name, "serve", dataDir.toString(), "-", "1", dataDir.resolve("port").toString())
        .awaitReady(Duration.ofSeconds(60));
  }

  private URI baseUrl() throws Exception {
    return URI.create("http://127.0.0.1:" + Files.readString(dataDir.resolve("port")).trim());
  }

  private static void awaitStatus(Http http, String id, String status) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (http.get("/v1/videos/" + id).json().get("status").asText().equals(status)) return;
      Http.sleep(20);
    }
    throw new AssertionError(id + " never reached " + status);
  }
}
