package dev.zoetrope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.HttpResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.models.videos.Video;
import com.openai.models.videos.VideoCreateParams;
import com.openai.models.videos.VideoModel;
import com.openai.models.videos.VideoRemixParams;
import com.openai.models.videos.VideoSeconds;
import com.openai.models.videos.VideoSize;
import dev.zoetrope.safety.provenance.C2paReader;
import dev.zoetrope.safety.provenance.ProvenanceKeys;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The official openai-java SDK against our server: create → poll → download → ffprobe; remix; list; delete. */
class OpenAiSdkTest {
  @TempDir static Path dataDir;
  static TestServer server;
  static OpenAIClient client;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestServer.config(dataDir, 1), TestModels.factory());
    Http http = server.client("sdk-user");
    // Default client settings, as users have them. (Strict response validation rejects any model,
    // size or duration outside OpenAI's own enums, so it cannot apply to another server's models.)
    client = OpenAIOkHttpClient.builder().apiKey(http.key).baseUrl(server.server.baseUrl() + "/v1").build();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  static Video awaitFinished(String id) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    Video video = client.videos().retrieve(id);
    while (System.nanoTime() < deadline && (video.status().equals(Video.Status.QUEUED) || video.status().equals(Video.Status.IN_PROGRESS))) {
      Thread.sleep(200);
      video = client.videos().retrieve(id);
    }
    return video;
  }

  static Video create(String prompt) {
    return client.videos().create(VideoCreateParams.builder().prompt(prompt).model(VideoModel.of("tiny"))
        .seconds(VideoSeconds.of("1")).size(VideoSize.of(TestModels.SIZE)).build());
  }

  @Test
  void createPollDownloadRemixListDelete() throws Exception {
    Video created = create("a red ball moves right");
    assertEquals(Video.Status.QUEUED, created.status());
    assertEquals(TestModels.SIZE, created.size().asString());
    Video done = awaitFinished(created.id());
    assertEquals(Video.Status.COMPLETED, done.status(), done.toString());
    assertEquals(100, done.progress());
    assertTrue(done.completedAt().isPresent());

    Path mp4 = dataDir.resolve("downloaded.mp4");
    try (HttpResponse response = client.videos().downloadContent(created.id()); InputStream body = response.body()) {
      Files.copy(body, mp4);
    }
    JsonNode stream = Ffprobe.videoStream(Ffprobe.probe(mp4));
    assertEquals("h264", stream.path("codec_name").asText());
    assertEquals(TestModels.WIDTH, stream.path("width").asInt());
    assertTrue(stream.path("nb_read_frames").asInt() >= 5);
    var credentials = C2paReader.read(mp4, ProvenanceKeys.load(TestModels.provenanceKeys()).root());
    assertTrue(credentials.trusted(), "the download carries valid, trusted C2PA credentials: " + credentials.problems());

    Video remix = client.videos().remix(VideoRemixParams.builder().videoId(created.id()).prompt("a blue ball moves right").build());
    assertEquals(created.id(), remix.remixedFromVideoId().orElseThrow());
    assertEquals(Video.Status.COMPLETED, awaitFinished(remix.id()).status());

    List<String> listed = client.videos().list().data().stream().map(Video::id).toList();
    assertTrue(listed.containsAll(List.of(created.id(), remix.id())), listed.toString());

    assertTrue(client.videos().delete(remix.id()).deleted());
    assertThrows(NotFoundException.class, () -> client.videos().retrieve(remix.id()));
    assertFalse(client.videos().list().data().stream().anyMatch(v -> v.id().equals(remix.id())));
  }

  @Test
  void badSizeIsABadRequestNamingTheParameter() {
    BadRequestException error = assertThrows(BadRequestException.class, () -> client.videos().create(
        VideoCreateParams.builder().prompt("x").size(VideoSize._1792X1024).build()));
    assertEquals("size", error.param().orElseThrow());
    assertEquals("invalid_value", error.code().orElseThrow());
  }
}
