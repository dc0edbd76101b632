package dev.zoetrope.server.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zoetrope.server.Http;
import dev.zoetrope.server.TestModels;
import dev.zoetrope.server.TestServer;
import dev.zoetrope.server.keys.Quota;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP layer with the real engine behind it: shapes, every mode, ownership, quotas, ranges, events. */
class VideoControllerTest {
  @TempDir static Path dataDir;
  static TestServer server;
  static Http alice;
  static Http bob;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestServer.config(dataDir, 1), TestModels.factory());
    alice = server.client("alice", new Quota(50, 1000));
    bob = server.client("bob");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode createText(Http client, String prompt) {
    Http.Response response = client.postJson("/v1/videos", Map.of("prompt", prompt, "seconds", "1", "size", TestModels.SIZE));
    assertEquals(200, response.status(), response.text());
    return response.json();
  }

  @Test
  void createReturnsTheVideoObjectAndItCompletes() {
    JsonNode created = createText(alice, "a red ball bounces");
    assertEquals("video", created.get("object").asText());
    assertEquals("queued", created.get("status").asText());
    assertEquals(0, created.get("progress").asInt());
    assertEquals("1", created.get("seconds").asText());
    assertEquals(TestModels.SIZE, created.get("size").asText());
    assertEquals("tiny", created.get("model").asText());
    for (String field : List.of("created_at", "completed_at", "expires_at", "prompt", "remixed_from_video_id", "error")) {
      assertTrue(created.has(field), field);
    }
    JsonNode done = alice.awaitFinished(created.get("id").asText(), Duration.ofSeconds(30));
    assertEquals("completed", done.get("status").asText(), done.toString());
    assertEquals(100, done.get("progress").asInt());
    assertTrue(done.get("completed_at").asLong() >= done.get("created_at").asLong());
  }

  @Test
  void anotherOwnerGets404ForEverything() {
    String id = createText(alice, "a blue box").get("id").asText();
    assertEquals(404, bob.get("/v1/videos/" + id).status());
    assertEquals(404, bob.get("/v1/videos/" + id + "/content").status());
    assertEquals(404, bob.delete("/v1/videos/" + id).status());
    assertEquals(404, bob.postJson("/v1/videos/" + id + "/remix", Map.of("prompt", "x")).status());
    assertFalse(bob.get("/v1/videos?limit=100").text().contains(id));
    assertEquals("not_found", bob.get("/v1/videos/" + id).json().at("/error/code").asText());
  }

  @Test
  void listPagesNewestFirstWithAfterCursor() {
    Http carol = server.client("carol");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) ids.add(createText(carol, "clip " + i).get("id").asText());
    JsonNode first = carol.get("/v1/videos?limit=2").json();
    assertEquals("list", first.get("object").asText());
    assertEquals(List.of(ids.get(2), ids.get(1)), idsOf(first));
    assertTrue(first.get("has_more").asBoolean());
    JsonNode second = carol.get("/v1/videos?limit=2&after=" + first.get("last_id").asText()).json();
    assertEquals(List.of(ids.get(0)), idsOf(second));
    assertFalse(second.get("has_more").asBoolean());
    assertEquals(ids, idsOf(carol.get("/v1/videos?order=asc").json()));
  }

  @Test
  void contentServesVariantsAndByteRanges() throws Exception {
    String id = createText(alice, "a green star spins").get("id").asText();
    alice.awaitFinished(id, Duration.ofSeconds(30));
    Http.Response whole = alice.get("/v1/videos/" + id + "/content");
    assertEquals(200, whole.status());
    assertEquals("video/mp4", whole.header("Content-Type"));
    assertEquals("bytes", whole.header("Accept-Ranges"));
    Http.Response part = alice.get("/v1/videos/" + id + "/content", "Range", "bytes=10-99");
    assertEquals(206, part.status());
    assertEquals("bytes 10-99/" + whole.body().length, part.header("Content-Range"));
    assertArrayEquals(Arrays.copyOfRange(whole.body(), 10, 100), part.body());
    Http.Response tail = alice.get("/v1/videos/" + id + "/content", "Range", "bytes=-16");
    assertArrayEquals(Arrays.copyOfRange(whole.body(), whole.body().length - 16, whole.body().length), tail.body());
    assertEquals(416, alice.get("/v1/videos/" + id + "/content", "Range", "bytes=999999999-").status());
    Http.Response thumbnail = alice.get("/v1/videos/" + id + "/content?variant=thumbnail");
    assertEquals("image/jpeg", thumbnail.header("Content-Type"));
    assertEquals(TestModels.WIDTH, ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.body())).getWidth());
    assertEquals(200, alice.get("/v1/videos/" + id + "/content?variant=spritesheet").status());
  }

  @Test
  void imageReferenceBecomesTheFirstFrame() throws Exception {
    BufferedImage image = new BufferedImage(100, 50, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.YELLOW);
    g.fillRect(0, 0, 100, 50);
    g.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    Http.Response created = alice.postMultipart("/v1/videos", Map.of("prompt", "the sun rises", "seconds", "1", "size", TestModels.SIZE),
        Map.of("input_reference", Map.entry("sun.png", png.toByteArray())));
    assertEquals(200, created.status(), created.text());
    String id = created.json().get("id").asText();
    assertEquals("completed", alice.awaitFinished(id, Duration.ofSeconds(30)).get("status").asText());
    var first = dev.zoetrope.server.media.MediaReader.readVideo(
        server.config.dataDir().resolve("videos").resolve(id).resolve("video.mp4"), 0, 0, 1).frame(0);
    assertTrue((first[0] & 0xff) > 200 && (first[1] & 0xff) > 200 && (first[2] & 0xff) < 80, "yellow first frame");
  }

  @Test
  void remixExtendConnectAndEditQueueFromAFinishedVideo() {
    String a = createText(alice, "a ball rolls left").get("id").asText();
    String b = createText(alice, "a ball rolls right").get("id").asText();
    alice.awaitFinished(a, Duration.ofSeconds(30));
    alice.awaitFinished(b, Duration.ofSeconds(30));
    JsonNode remix = alice.postJson("/v1/videos/" + a + "/remix", Map.of("prompt", "a star rolls left")).json();
    assertEquals(a, remix.get("remixed_from_video_id").asText());
    JsonNode extension = alice.postJson("/v1/videos/extensions", Map.of("video", Map.of("id", a), "prompt", "it keeps rolling", "seconds", "2")).json();
    assertEquals("2", extension.get("seconds").asText());
    JsonNode backward = alice.postJson("/v1/videos/extensions", Map.of("video", Map.of("id", a), "direction", "backward", "seconds", "1")).json();
    JsonNode connect = alice.postJson("/v1/videos/extensions", Map.of("video", Map.of("id", a), "connect_to", Map.of("id", b), "seconds", "1")).json();
    JsonNode edit = alice.postJson("/v1/videos/edits", Map.of("video", Map.of("id", b), "prompt", "make it night")).json();
    for (JsonNode job : List.of(remix, extension, backward, connect, edit)) {
      assertEquals("completed", alice.awaitFinished(job.get("id").asText(), Duration.ofSeconds(30)).get("status").asText(), job.toString());
    }
    int source = frames(a);
    assertEquals(source, frames(remix.get("id").asText()), "a remix keeps its source's length");
    assertEquals(source + 16, frames(extension.get("id").asText()), "2 s at 8 fps added after the source");
    assertEquals(source + 8, frames(backward.get("id").asText()), "1 s added before the source");
    assertEquals(source + 8 + frames(b), frames(connect.get("id").asText()), "a, a 1 s transition, b");
    assertEquals(frames(b), frames(edit.get("id").asText()));
  }

  static int frames(String id) {
    Path mp4 = server.config.dataDir().resolve("videos").resolve(id).resolve("video.mp4");
    return dev.zoetrope.server.media.MediaReader.readVideo(mp4, 0, 0, 10_000).frameCount();
  }

  @Test
  void editAcceptsAnUploadedVideo() {
    String a = createText(alice, "a ball").get("id").asText();
    alice.awaitFinished(a, Duration.ofSeconds(30));
    byte[] mp4 = alice.get("/v1/videos/" + a + "/content").body();
    Http.Response edit = alice.postMultipart("/v1/videos/edits", Map.of("prompt", "a ball at night", "size", "128x128"),
        Map.of("video", Map.entry("clip.mp4", mp4)));
    assertEquals(200, edit.status(), edit.text());
    assertEquals("128x128", edit.json().get("size").asText());
    assertEquals("completed", alice.awaitFinished(edit.json().get("id").asText(), Duration.ofSeconds(30)).get("status").asText());
  }

  @Test
  void deleteCancelsAndHides() {
    String id = createText(alice, "to be deleted").get("id").asText();
    JsonNode deleted = alice.delete("/v1/videos/" + id).json();
    assertEquals("video.deleted", deleted.get("object").asText());
    assertTrue(deleted.get("deleted").asBoolean());
    assertEquals(404, alice.get("/v1/videos/" + id).status());
    assertEquals(404, alice.delete("/v1/videos/" + id).status());
  }

  @Test
  void quotasLimitJobsPerDay() {
    Http limited = server.client("dave", new Quota(5, 1));
    assertEquals(200, limited.postJson("/v1/videos", Map.of("prompt", "one", "seconds", "1", "size", TestModels.SIZE)).status());
    Http.Response second = limited.postJson("/v1/videos", Map.of("prompt", "two", "seconds", "1", "size", TestModels.SIZE));
    assertEquals(429, second.status());
    assertEquals("daily_limit_exceeded", second.json().at("/error/code").asText());
    assertEquals("rate_limit_error", second.json().at("/error/type").asText());
  }

  @Test
  void modelsListsTheInstalledModel() {
    JsonNode models = alice.get("/v1/models").json();
    assertEquals("tiny", models.at("/data/0/id").asText());
    assertEquals("model", models.at("/data/0/object").asText());
  }

  @Test
  void progressStreamsAsServerSentEventsUntilCompleted() throws Exception {
    String id = createText(alice, "streamed").get("id").asText();
    HttpRequest request = HttpRequest.newBuilder(alice.base.resolve("/v1/videos/" + id + "/events"))
        .header("Authorization", "Bearer " + alice.key).header("Accept", "text/event-stream")
        .timeout(Duration.ofSeconds(30)).build();
    HttpResponse<java.util.stream.Stream<String>> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    assertEquals("text/event-stream", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    List<String> events = response.body().filter(line -> line.startsWith("event:")).map(line -> line.substring(6).trim())
        .collect(Collectors.toList());
    assertEquals("completed", events.get(events.size() - 1), events.toString());
    assertTrue(events.contains("progress"), events.toString());
  }

  private static List<String> idsOf(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("data").forEach(video -> ids.add(video.get("id").asText()));
    return ids;
  }

  static byte[] bytes(String text) throws IOException {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
