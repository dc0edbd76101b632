package dev.zoetrope.server.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zoetrope.generate.GenerationResult;
import dev.zoetrope.safety.Provenance;
import dev.zoetrope.safety.provenance.C2paStatus;
import dev.zoetrope.safety.provenance.C2paWriter;
import dev.zoetrope.safety.watermark.Payload;
import dev.zoetrope.safety.watermark.WatermarkConfig;
import dev.zoetrope.server.Ffprobe;
import dev.zoetrope.server.jobs.JobIds;
import dev.zoetrope.world.video.Video;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultWriterTest {
  @TempDir Path dataDir;

  static Video movingSquare(int width, int height, int frames) {
    List<byte[]> list = new ArrayList<>();
    for (int f = 0; f < frames; f++) {
      byte[] rgb = new byte[width * height * 3];
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          int i = (y * width + x) * 3;
          boolean square = Math.abs(x - (8 + f * 6)) < 8 && Math.abs(y - height / 2) < 8;
          rgb[i] = (byte) (square ? 220 : 30);
          rgb[i + 1] = (byte) (square ? 30 : 90);
          rgb[i + 2] = (byte) (square ? 30 : 160);
        }
      }
      list.add(rgb);
    }
    return new Video(width, height, 8, list);
  }

  static GenerationResult result(Video video) {
    return new GenerationResult(video, "a red square moves right", 1, "tiny");
  }

  @Test
  void writesAWatermarkedSignedMp4ThatFfprobeAcceptsWithMoovFirstAndImages() throws Exception {
    ResultFiles files = new ResultFiles(dataDir);
    String id = JobIds.newId();
    Path keys = dataDir.resolve("provenance");
    new ResultWriter(files, ResultWriter.credentials(keys)).write(id, result(movingSquare(128, 128, 9)));

    Path mp4 = files.file(id, Variant.VIDEO);
    Provenance.Report report = Provenance.detect(mp4, keys, WatermarkConfig.defaults());
    assertTrue(report.watermark().detected(), report.toString());
    assertEquals(Payload.of("tiny", id), report.watermark().payload(), "payload: the model and the job");
    C2paStatus credentials = report.c2pa();
    assertTrue(credentials.present() && credentials.valid() && credentials.trusted(), credentials.problems().toString());
    assertEquals(C2paWriter.TRAINED_ALGORITHMIC_MEDIA, credentials.digitalSourceType());
    Path plain = Files.writeString(dataDir.resolve("plain.txt"), "x");
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(mp4), "the usual permissions, not owner-only");
    JsonNode stream = Ffprobe.videoStream(Ffprobe.probe(mp4));
    assertEquals("h264", stream.path("codec_name").asText());
    assertEquals("yuv420p", stream.path("pix_fmt").asText());
    assertEquals(128, stream.path("width").asInt());
    assertEquals(128, stream.path("height").asInt());
    assertEquals(9, stream.path("nb_read_frames").asInt());
    String bytes = new String(Files.readAllBytes(mp4), StandardCharsets.ISO_8859_1);
    assertTrue(bytes.indexOf("moov") >= 0 && bytes.indexOf("moov") < bytes.indexOf("mdat"),
        "moov atom must come before mdat (+faststart) so browsers start playing at once");

    BufferedImage thumbnail = ImageIO.read(files.file(id, Variant.THUMBNAIL).toFile());
    assertEquals(128, thumbnail.getWidth());
    BufferedImage sheet = ImageIO.read(files.file(id, Variant.SPRITESHEET).toFile());
    assertEquals(4 * 128, sheet.getWidth());
    assertEquals(3 * 128, sheet.getHeight(), "9 frames in 4 columns is 3 rows");
    try (var leftovers = Files.list(files.resultDir(id))) {
      assertEquals(3, leftovers.count(), "no temporary files left behind");
    }
  }

  @Test
  void readsBackWhatItWroteAtAnotherSize() {
    ResultFiles files = new ResultFiles(dataDir);
    String id = JobIds.newId();
    new ResultWriter(files, null).write(id, result(movingSquare(128, 64, 9)));
    Video read = MediaReader.readVideo(files.file(id, Variant.VIDEO), 64, 64, 100);
    assertEquals(9, read.frameCount());
    assertEquals(64, read.width());
    // The square is red over a blue background: its centre pixel in the first frame survives coding.
    byte[] first = read.frame(0);
    int centre = (32 * 64 + 0) * 3; // x=0 of the cropped 64x64 is x=32 of the source: background
    assertTrue((first[centre + 2] & 0xff) > 120, "background stays blue after H.264 and resizing");
  }
}
