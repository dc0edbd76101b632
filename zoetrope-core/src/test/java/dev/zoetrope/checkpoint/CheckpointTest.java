package dev.zoetrope.checkpoint;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.config.ModelConfig;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {
  @TempDir Path dir;

  @Test
  void roundTripKeepsEveryWeight() throws IOException {
    Path folder = dir.resolve("model");
    try (Model model = Model.initialize(ModelConfig.tiny(), 7)) {
      Checkpoint.writeAtomically(folder, f -> model.writeTo(f, false, true));
      try (Model loaded = Model.load(folder, true)) {
        assertEquals(model.config(), loaded.config());
        model.autoencoder().weights().toFloats().forEach((name, values) ->
            assertArrayEquals(values, loaded.autoencoder().weights().get(name).toFloatArray(), name));
        model.transformer().weights().toFloats().forEach((name, values) ->
            assertArrayEquals(values, loaded.transformer().weights().get(name).toFloatArray(), name));
      }
    }
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temp folder is left behind");
    }
  }

  @Test
  void aFolderNamedThroughDotsIsReplacedWhole() throws IOException {
    Path folder = save("dotted");
    Path same = folder.resolve(".").resolve("..").resolve("dotted");
    Checkpoint.writeAtomically(same, f -> Files.writeString(f.resolve("marker.txt"), "new"));
    assertEquals("new", Files.readString(folder.resolve("marker.txt")));
    assertFalse(Files.exists(folder.resolve(Checkpoint.CONFIG)), "the old contents are replaced, not merged");
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temp or old folder is left behind");
    }
  }

  @Test
  void halfPrecisionOnDiskLoadsWithinRounding() throws IOException {
    Path folder = dir.resolve("half");
    try (Model model = Model.initialize(ModelConfig.tiny(), 8)) {
      Checkpoint.writeAtomically(folder, f -> model.writeTo(f, true, true));
      try (Model loaded = Model.load(folder, true)) {
        float[] original = model.transformer().weights().get("blocks.0.self.qkv.weight").toFloatArray();
        float[] restored = loaded.transformer().weights().get("blocks.0.self.qkv.weight").toFloatArray();
        for (int i = 0; i < original.length; i++) assertEquals(original[i], restored[i], Math.abs(original[i]) / 1000 + 1e-7);
      }
    }
    assertEquals(1.0f, HalfFloat.toFloat(HalfFloat.fromFloat(1.0f)));
    assertEquals(-2.5f, HalfFloat.toFloat(HalfFloat.fromFloat(-2.5f)));
    assertEquals(65504f, HalfFloat.toFloat(HalfFloat.fromFloat(65504f)));
    assertEquals(5.9604645e-8f, HalfFloat.toFloat(HalfFloat.fromFloat(5.9604645e-8f)));
  }

  @Test
  void mismatchedShapeNamesFileAndTensor() throws IOException {
    Path folder = save("shape");
    ModelConfig tiny = ModelConfig.tiny();
    ModelConfig wider = new ModelConfig("tiny", tiny.autoencoder(),
        new dev.zoetrope.config.DiTConfig(8, 64, 2, 2, 2.0, 2, 384, 64), tiny.flow(), 8);
    Checkpoint.writeConfig(folder, wider);
    var error = assertThrows(CheckpointException.class, () -> Model.load(folder, true));
    assertEquals("dit.safetensors", error.file());
    assertEquals("patch.weight", error.tensor());
    assertTrue(error.getMessage().contains("has shape [32, 32] but config.json needs [32, 64]"), error.getMessage());
  }

  @Test
  void missingAndUnexpectedTensorsAreNamed() throws IOException {
    Path folder = save("names");
    Path file = folder.resolve(Checkpoint.DIT);
    Map<String, Safetensors.Tensor> tensors = new LinkedHashMap<>(Safetensors.read(file));
    tensors.remove("final.linear.bias");
    Safetensors.write(file, tensors, false, Map.of());
    var missing = assertThrows(CheckpointException.class, () -> Model.load(folder, true));
    assertEquals("final.linear.bias", missing.tensor());
    assertTrue(missing.getMessage().startsWith("dit.safetensors: tensor 'final.linear.bias'"), missing.getMessage());

    tensors.put("final.linear.bias", new Safetensors.Tensor("F32", new long[] {32}, new float[32]));
    tensors.put("extra.weight", new Safetensors.Tensor("F32", new long[] {2}, new float[2]));
    Safetensors.write(file, tensors, false, Map.of());
    assertEquals("extra.weight", assertThrows(CheckpointException.class, () -> Model.load(folder, true)).tensor());
  }

  @Test
  void truncatedOrForeignFilesAreNamed() throws IOException {
    Path folder = save("corrupt");
    Path file = folder.resolve(Checkpoint.AUTOENCODER);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
    var truncated = assertThrows(CheckpointException.class, () -> Model.load(folder, true));
    assertEquals("autoencoder.safetensors", truncated.file());
    assertNotNull(truncated.tensor(), "names the tensor whose data is cut: " + truncated.getMessage());
    assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());

    Files.writeString(file, "not a safetensors file at all");
    var foreign = assertThrows(CheckpointException.class, () -> Model.load(folder, true));
    assertTrue(foreign.getMessage().startsWith("autoencoder.safetensors: has an invalid header length"), foreign.getMessage());
  }

  @Test
  void wrongDtypeIsNamed() throws IOException {
    Path folder = save("dtype");
    Path file = folder.resolve(Checkpoint.DIT);
    byte[] bytes = Files.readAllBytes(file);
    long headerLength = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    String header = new String(bytes, 8, (int) headerLength).replaceFirst("\"F32\"", "\"I64\"");
    System.arraycopy(header.getBytes(), 0, bytes, 8, (int) headerLength);
    Files.write(file, bytes);
    var error = assertThrows(CheckpointException.class, () -> Model.load(folder, true));
    assertTrue(error.getMessage().contains("has dtype 'I64'"), error.getMessage());
    assertNotNull(error.tensor());
  }

  @Test
  void missingConfigIsNamed() throws IOException {
    Path folder = save("config");
    Files.delete(folder.resolve(Checkpoint.CONFIG));
    var error = assertThrows(CheckpointException.class, () -> Model.load(folder, true));
    assertTrue(error.getMessage().startsWith("config.json: is missing"), error.getMessage());
  }

  @Test
  void aModelWrittenBeforeThePooledTextPathGainsItUnchanged() throws IOException {
    Path folder = save("before");
    Path config = folder.resolve(Checkpoint.CONFIG);
    Files.writeString(config, Files.readString(config).replaceAll(",\\s*\"(pooledText|promptFacts|referenceFrame)\"\\s*:\\s*false", ""));
    for (String path : new String[] {"pooledText", "promptFacts", "referenceFrame"}) assertFalse(Files.readString(config).contains(path), path);
    assertFalse(Checkpoint.readConfig(folder).dit().pooledText(), "an older config reads as without the path");
    assertFalse(Checkpoint.readConfig(folder).dit().promptFacts(), "and without the prompt facts path");
    assertFalse(Checkpoint.readConfig(folder).dit().referenceFrame(), "and without the reference frame path");
    String older = Files.readString(config);
    Files.writeString(config, older.replace("\"frequencySize\"", "\"pooledText\" : true, \"frequencySize\""));
    var error = assertThrows(CheckpointException.class, () -> Model.load(folder, true));
    assertTrue(error.getMessage().contains("text.pool.weight"), "a config that asks for the path needs its weights: " + error.getMessage());
    Files.writeString(config, older);
    try (Model source = Model.load(folder, true);
        Model pooled = Model.loadGrown(folder, Checkpoint.readConfig(folder).dit().withPooledText(true), 0)) {
      assertTrue(pooled.config().dit().pooledText());
      assertEquals(source.config().withPooledText(true), pooled.config());
      var weights = pooled.transformer().weights().toFloats();
      source.transformer().weights().toFloats().forEach((name, values) -> assertArrayEquals(values, weights.get(name), name));
      for (float v : weights.get("text.pool.weight")) assertEquals(0f, v);
    }
  }

  @Test
  void aGrownModelKeepsEveryTrainedWeightAndSilencesItsNewBlocks() throws IOException {
    Path folder = save("shallow");
    var dit = ModelConfig.tiny().dit();
    try (Model source = Model.load(folder, true); Model grown = Model.loadGrown(folder, dit.withDepth(dit.depth() + 1), 4)) {
      assertEquals(source.config().withDit(dit.withDepth(dit.depth() + 1)), grown.config());
      var weights = grown.transformer().weights().toFloats();
      source.transformer().weights().toFloats().forEach((name, values) -> assertArrayEquals(values, weights.get(name), name));
      source.autoencoder().weights().toFloats().forEach((name, values) ->
          assertArrayEquals(values, grown.autoencoder().weights().get(name).toFloatArray(), name));
      String block = "blocks." + dit.depth() + ".";
      for (String silent : new String[] {"modulation.weight", "modulation.bias", "cross.out.weight", "cross.out.bias"}) {
        for (float v : weights.get(block + silent)) assertEquals(0f, v, block + silent);
      }
      boolean random = false;
      for (float v : weights.get(block + "mlp.in.weight")) random |= v != 0;
      assertTrue(random, "the rest starts random");
    }
    var error = assertThrows(IllegalArgumentException.class, () -> Model.loadGrown(folder, dit.withDepth(1), 4));
    assertTrue(error.getMessage().contains("blocks can be added, not removed"), error.getMessage());
  }

  private Path save(String name) throws IOException {
    Path folder = dir.resolve(name);
    try (Model model = Model.initialize(ModelConfig.tiny(), 9)) {
      Checkpoint.writeAtomically(folder, f -> model.writeTo(f, false, true));
    }
    return folder;
  }
}
