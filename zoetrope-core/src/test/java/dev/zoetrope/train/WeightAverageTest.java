package dev.zoetrope.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.checkpoint.Checkpoint;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.config.ModelConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightAverageTest {
  @TempDir static Path dir;
  static Path a, b, other;

  /** a and b: one autoencoder, two transformers; other: another autoencoder. */
  @BeforeAll
  static void models() throws Exception {
    a = write("a", 5);
    other = write("other", 6);
    b = Files.createDirectories(dir.resolve("b"));
    for (String file : List.of(Checkpoint.CONFIG, Checkpoint.AUTOENCODER)) {
      Files.copy(a.resolve(file), b.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    Files.copy(other.resolve(Checkpoint.DIT), b.resolve(Checkpoint.DIT));
  }

  private static Path write(String name, long seed) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    try (Model model = Model.initialize(ModelConfig.tiny(), seed)) {
      model.writeTo(folder, false, true);
    }
    return folder;
  }

  @Test
  void eachTensorIsTheWeightedMeanAndTheAutoencoderIsKept() throws Exception {
    Path out = dir.resolve("soup");
    WeightAverage.average(List.of(a, b), new double[] {1, 3}, out);
    try (Model ma = Model.load(a, true); Model mb = Model.load(b, true); Model soup = Model.load(out, true)) {
      Map<String, float[]> x = ma.transformer().weights().toFloats(), y = mb.transformer().weights().toFloats();
      Map<String, float[]> mixed = soup.transformer().weights().toFloats();
      int differing = 0;
      for (String name : x.keySet()) {
        float[] got = mixed.get(name);
        for (int i = 0; i < got.length; i++) {
          assertEquals(0.25 * x.get(name)[i] + 0.75 * y.get(name)[i], got[i], 1e-6, name + "[" + i + "]");
          if (x.get(name)[i] != y.get(name)[i]) differing++;
        }
      }
      assertTrue(differing > 1000, "the two transformers differ, so the test means something: " + differing);
      Map<String, float[]> aeA = ma.autoencoder().weights().toFloats(), aeSoup = soup.autoencoder().weights().toFloats();
      for (String name : aeA.keySet()) assertArrayEquals(aeA.get(name), aeSoup.get(name), name);
      assertEquals(ma.config(), soup.config());
    }
    assertTrue(Files.readString(out.resolve(Checkpoint.MODEL_CARD)).contains("0.7500"));
  }

  @Test
  void modelsOnAnotherAutoencoderOrBadWeightsAreRefusedAndNothingIsWritten() {
    Path out = dir.resolve("refused");
    var mixed = assertThrows(IllegalArgumentException.class, () -> WeightAverage.average(List.of(a, other), new double[] {1, 1}, out));
    assertTrue(mixed.getMessage().contains("another autoencoder"), mixed.getMessage());
    var count = assertThrows(IllegalArgumentException.class, () -> WeightAverage.average(List.of(a, b), new double[] {1}, out));
    assertTrue(count.getMessage().contains("one weight per model"), count.getMessage());
    var negative = assertThrows(IllegalArgumentException.class, () -> WeightAverage.average(List.of(a, b), new double[] {1, -1}, out));
    assertTrue(negative.getMessage().contains(">= 0"), negative.getMessage());
    var zero = assertThrows(IllegalArgumentException.class, () -> WeightAverage.average(List.of(a, b), new double[] {0, 0}, out));
    assertTrue(zero.getMessage().contains("not all be 0"), zero.getMessage());
    var one = assertThrows(IllegalArgumentException.class, () -> WeightAverage.average(List.of(a), new double[] {1}, out));
    assertTrue(one.getMessage().contains("at least two"), one.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void anOutputThatIsOneOfTheModelsIsRefusedAndTheModelKept() throws Exception {
    byte[] before = Files.readAllBytes(b.resolve("dit.safetensors"));
    var e = assertThrows(IllegalArgumentException.class,
        () -> WeightAverage.average(List.of(a, b), new double[] {1, 1}, b.resolve(".").resolve("..").resolve(b.getFileName())));
    assertTrue(e.getMessage().contains("is one of the models"), e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(b.resolve("dit.safetensors")));
  }
}
