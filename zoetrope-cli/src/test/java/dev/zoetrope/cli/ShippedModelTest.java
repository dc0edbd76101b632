package dev.zoetrope.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.checkpoint.Checkpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model in models/zoetrope-world: within its size budget, documented, and what generate uses with no --model. */
class ShippedModelTest {
  static final Path HOME = Path.of("..").toAbsolutePath().normalize();
  static final Path SHIPPED = HOME.resolve("models").resolve("zoetrope-world");
  static final long BUDGET_BYTES = 60L * 1024 * 1024;

  @TempDir Path dir;
  private String previousHome;

  @BeforeEach
  void pointAtRepository() {
    previousHome = System.getProperty("zoetrope.home");
    System.setProperty("zoetrope.home", HOME.toString());
  }

  @AfterEach
  void restore() {
    if (previousHome == null) System.clearProperty("zoetrope.home");
    else System.setProperty("zoetrope.home", previousHome);
  }

  @Test
  void shippedFolderIsCompleteAndWithinBudget() throws Exception {
    for (String name : new String[] {"config.json", Checkpoint.AUTOENCODER, Checkpoint.DIT, Checkpoint.MODEL_CARD}) {
      assertTrue(Files.isRegularFile(SHIPPED.resolve(name)), "models/zoetrope-world/" + name + " is missing");
    }
    assertFalse(Files.exists(SHIPPED.resolve(Checkpoint.TRAINING)), "optimizer state is not shipped");
    long bytes;
    try (Stream<Path> files = Files.walk(SHIPPED)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    assertTrue(bytes <= BUDGET_BYTES, "shipped model is " + bytes + " bytes, over 60 MB");
    String card = Files.readString(SHIPPED.resolve(Checkpoint.MODEL_CARD));
    for (String section : new String[] {"held_out", "paraphrase", "ceiling", "parameters", "Wall clock"}) {
      assertTrue(card.contains(section), "MODEL_CARD.md says nothing about " + section);
    }
  }

  @Test
  void generateUsesTheShippedModelWithoutFlags() throws Exception {
    Path video = dir.resolve("ball.mp4");
    int exit = Main.commandLine().execute("generate", "a red ball bounces on green grass", "--seconds", "1", "--steps", "4",
        "--provenance-keys", dir.resolve("keys").toString(), "-o", video.toString());
    assertEquals(0, exit);
    assertEquals(new Ffprobe.Stream("h264", "yuv420p", 128, 128, 8), Ffprobe.video(video));
  }
}
