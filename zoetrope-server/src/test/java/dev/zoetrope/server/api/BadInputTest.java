package dev.zoetrope.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zoetrope.server.Http;
import dev.zoetrope.server.TestModels;
import dev.zoetrope.server.TestServer;
import dev.zoetrope.server.keys.Quota;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad request is a 4xx in the OpenAI error shape, and the server stays healthy. */
class BadInputTest {
  @TempDir static Path dataDir;
  static TestServer server;
  static Http client;
  static Http stranger;
  static String othersVideo;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestServer.config(dataDir, 1), TestModels.factory());
    client = server.client("bad-input", new Quota(100, 1000));
    Http other = server.client("someone-else");
    othersVideo = other.postJson("/v1/videos", Map.of("prompt", "theirs", "seconds", "1", "size", TestModels.SIZE)).json().get("id").asText();
    stranger = new Http(server.server.baseUrl(), "zt-not-a-real-key");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Map<String, Object> valid(String key, Object value) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("prompt", "a ball", "seconds", "1", "size", TestModels.SIZE));
    body.put(key, value);
    return body;
  }

  static Stream<Arguments> badRequests() {
    byte[] oversize = new byte[21 * 1024 * 1024];
    return Stream.of(
        bad("size not offered", 400, "size", c -> c.postJson("/v1/videos", valid("size", "1280x720"))),
        bad("size not a size", 400, "size", c -> c.postJson("/v1/videos", valid("size", "big"))),
        bad("seconds zero", 400, "seconds", c -> c.postJson("/v1/videos", valid("seconds", "0"))),
        bad("seconds over a minute", 400, "seconds", c -> c.postJson("/v1/videos", valid("seconds", "61"))),
        bad("seconds a word", 400, "seconds", c -> c.postJson("/v1/videos", valid("seconds", "four"))),
        bad("unknown model", 400, "model", c -> c.postJson("/v1/videos", valid("model", "sora-2"))),
        bad("no prompt", 400, "prompt", c -> c.postJson("/v1/videos", Map.of("seconds", "1"))),
        bad("empty prompt", 400, "prompt", c -> c.postJson("/v1/videos", valid("prompt", ""))),
        bad("blank prompt", 400, "prompt", c -> c.postJson("/v1/videos", valid("prompt", "   \n "))),
        bad("100 kB prompt", 400, "prompt", c -> c.postJson("/v1/videos", valid("prompt", "a".repeat(100_000)))),
        bad("prompt an object", 400, "prompt", c -> c.postJson("/v1/videos", valid("prompt", Map.of("x", 1)))),
        bad("corrupt image", 400, "input_reference", c -> c.postMultipart("/v1/videos", Map.of("prompt", "a ball", "size", TestModels.SIZE),
            Map.of("input_reference", Map.entry("broken.png", "\u0089PNG not really".getBytes(StandardCharsets.ISO_8859_1))))),
        bad("empty image", 400, "input_reference", c -> c.postMultipart("/v1/videos", Map.of("prompt", "a ball"),
            Map.of("input_reference", Map.entry("empty.png", new byte[0])))),
        bad("remote image URL", 400, "input_reference", c -> c.postJson("/v1/videos", valid("input_reference", Map.of("image_url", "http://example.com/a.png")))),
        bad("corrupt data URL", 400, "input_reference", c -> c.postJson("/v1/videos", valid("input_reference", Map.of("image_url", "data:image/png;base64,@@@")))),
        bad("oversize upload", 413, null, c -> c.postMultipart("/v1/videos", Map.of("prompt", "a ball"),
            Map.of("input_reference", Map.entry("huge.png", oversize)))),
        bad("wrong content type", 415, null, c -> c.post("/v1/videos", "text/plain", "prompt=a ball".getBytes(StandardCharsets.UTF_8))),
        bad("not JSON", 400, null, c -> c.post("/v1/videos", "application/json", "{prompt: oops".getBytes(StandardCharsets.UTF_8))),
        bad("JSON array", 400, null, c -> c.post("/v1/videos", "application/json", "[1,2]".getBytes(StandardCharsets.UTF_8))),
        bad("unknown id", 404, null, c -> c.get("/v1/videos/video_00000000000000000000000000000000")),
        bad("malformed id", 404, null, c -> c.get("/v1/videos/not-an-id")),
        bad("path trick in id", 404, null, c -> c.get("/v1/videos/..%2F..%2Fzoetrope.mv.db/content")),
        bad("dot-dot id", 404, null, c -> c.get("/v1/videos/video_..%2F..%2F..%2Fetc%2Fpasswd/content")),
        bad("another owner's video", 404, null, c -> c.get("/v1/videos/" + othersVideo)),
        bad("remix of another owner's video", 404, null, c -> c.postJson("/v1/videos/" + othersVideo + "/remix", Map.of("prompt", "mine now"))),
        bad("unknown variant", 400, "variant", c -> c.get("/v1/videos/" + othersVideo + "/content?variant=poster")),
        bad("bad limit", 400, "limit", c -> c.get("/v1/videos?limit=1000")),
        bad("bad order", 400, "order", c -> c.get("/v1/videos?order=sideways")),
        bad("bad after", 400, "after", c -> c.get("/v1/videos?after=nope")),
        bad("extension without video", 400, "video", c -> c.postJson("/v1/videos/extensions", Map.of("prompt", "more"))),
        bad("edit with bad strength", 400, "strength", c -> c.postJson("/v1/videos/edits", Map.of("prompt", "x", "video", Map.of("id", othersVideo), "strength", "2"))),
        bad("corrupt video upload", 400, "video", c -> c.postMultipart("/v1/videos/edits", Map.of("prompt", "x"),
            Map.of("video", Map.entry("clip.mp4", "not a video at all".getBytes(StandardCharsets.UTF_8))))),
        bad("unknown route", 404, null, c -> c.get("/v1/nothing-here")));
  }

  static Arguments bad(String name, int status, String param, Function<Http, Http.Response> request) {
    return Arguments.of(name, status, param, request);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("badRequests")
  void isRefusedWithTheErrorShape(String name, int status, String param, Function<Http, Http.Response> request) {
    Http.Response response = request.apply(client);
    assertEquals(status, response.status(), name + ": " + response.text());
    JsonNode error = response.json().get("error");
    assertTrue(error != null && error.get("message").isTextual() && error.has("type") && error.has("param") && error.has("code"),
        name + ": " + response.text());
    if (param != null) assertEquals(param, error.get("param").asText(), name + ": " + response.text());
    assertTrue(error.get("message").asText().length() < 2000, "messages stay short even for 100 kB inputs");
  }

  @Test
  void wrongOrMissingKeyIs401() {
    Http.Response wrong = stranger.get("/v1/videos");
    assertEquals(401, wrong.status());
    assertEquals("invalid_api_key", wrong.json().at("/error/code").asText());
    Http.Response missing = new Http(server.server.baseUrl(), null).postJson("/v1/videos", valid("prompt", "x"));
    assertEquals(401, missing.status());
  }

  @Test
  void serverStaysHealthyAfterTheTable() {
    badRequests().forEach(arguments -> ((Function<Http, Http.Response>) arguments.get()[3]).apply(client));
    assertEquals(200, client.get("/healthz").status());
    String id = client.postJson("/v1/videos", valid("prompt", "still working")).json().get("id").asText();
    assertEquals("completed", client.awaitFinished(id, Duration.ofSeconds(120)).get("status").asText());
  }
}
