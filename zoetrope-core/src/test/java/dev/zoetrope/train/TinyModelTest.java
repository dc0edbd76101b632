package dev.zoetrope.train;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.checkpoint.Checkpoint;
import dev.zoetrope.generate.DiffusionGenerator;
import dev.zoetrope.generate.GenerationRequest;
import dev.zoetrope.generate.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The helper other modules' tests use: a real trained checkpoint in seconds, loadable by the generator. */
class TinyModelTest {
  @Test
  void trainsACheckpointTheGeneratorServes(@TempDir Path dir) throws Exception {
    Path checkpoint = TinyModel.train(dir.resolve("tiny"), 11);
    for (String file : new String[] {Checkpoint.CONFIG, Checkpoint.AUTOENCODER, Checkpoint.DIT, Checkpoint.MODEL_CARD}) {
      assertTrue(Files.exists(checkpoint.resolve(file)), file);
    }
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "only the checkpoint is left");
    }
    try (DiffusionGenerator generator = DiffusionGenerator.load(checkpoint)) {
      var video = generator.generate(GenerationRequest.text("a red ball moves right", 32, 32, 9, 8, 1), ProgressListener.NONE).video();
      assertEquals(9, video.frameCount());
      assertEquals("tiny", generator.modelId());
    }
  }
}
