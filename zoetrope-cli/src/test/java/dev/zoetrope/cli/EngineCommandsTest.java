package dev.zoetrope.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.media.PngIO;
import dev.zoetrope.media.VideoReader;
import dev.zoetrope.world.video.Video;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train autoencoder, train dit (and --resume) and generate, end to end on the tiny preset. */
class EngineCommandsTest {
  @TempDir Path dir;

  private int run(String... args) {
    return Main.commandLine().execute(args);
  }

  @Test
  void trainsBothStagesResumesAndGenerates() throws Exception {
    String ae = dir.resolve("ae").toString(), dit = dir.resolve("dit").toString();
    assertEquals(0, run("train", "autoencoder", "--out", ae, "--preset", "tiny", "--data", "synthetic", "--buckets", "1x32x32,5x32x32",
        "--steps", "6", "--batch", "1", "--warmup", "2", "--sample-every", "6", "--log-every", "2"));
    assertTrue(Files.exists(dir.resolve("ae/checkpoint/autoencoder.safetensors")));
    assertTrue(Files.size(dir.resolve("ae/samples/step-0000006.mp4")) > 0);
    assertEquals(0, run("train", "dit", "--autoencoder", ae + "/checkpoint", "--out", dit, "--data", "world", "--buckets", "5x32x32",
        "--steps", "8", "--batch", "2", "--warmup", "2", "--log-every", "2", "--checkpoint-every", "4", "--minutes", "0"));
    assertEquals(0, run("train", "dit", "--out", dit, "--resume", "--steps", "10"));
    assertTrue(Files.readString(dir.resolve("dit/metrics.csv")).contains("\n10,"));

    // --from starts a new run from the trained transformer; --autoencoder on the same folder starts a fresh one.
    String[] still = {"--data", "world", "--buckets", "5x32x32", "--steps", "1", "--batch", "1", "--warmup", "0", "--lr", "1e-12"};
    assertEquals(0, run(concat(new String[] {"train", "dit", "--from", dit + "/checkpoint", "--out", dir.resolve("tuned").toString()}, still)));
    assertEquals(0, run(concat(new String[] {"train", "dit", "--autoencoder", dit + "/checkpoint", "--out", dir.resolve("fresh").toString()},
        still)));
    assertEquals(0.0, largestTransformerChange(Path.of(dit, "checkpoint"), dir.resolve("tuned/checkpoint")), 1e-6);
    assertTrue(largestTransformerChange(Path.of(dit, "checkpoint"), dir.resolve("fresh/checkpoint")) > 1e-3);
    // --width and --heads size a fresh transformer only; it trains, resumes and generates at its own width.
    String wide = dir.resolve("wide").toString();
    assertEquals(0, run(concat(new String[] {"train", "dit", "--autoencoder", dit + "/checkpoint", "--out", wide, "--width", "48",
        "--heads", "3"}, still)));
    try (Model model = Model.load(Path.of(wide, "checkpoint"), false)) {
      assertEquals(48, model.config().dit().hiddenSize());
      assertEquals(3, model.config().dit().heads());
    }
    assertEquals(0, run("train", "dit", "--out", wide, "--resume", "--steps", "2"));
    assertEquals(0, run("generate", "a red ball", "--model", wide + "/checkpoint", "--size", "32x32", "--frames", "1", "--steps", "2",
        "-o", dir.resolve("wide.png").toString()));
    assertEquals(2, run("train", "dit", "--out", wide, "--resume", "--width", "64", "--steps", "3"));
    assertEquals(2, run("train", "dit", "--from", dit + "/checkpoint", "--width", "64", "--out", dir.resolve("w2").toString()));
    assertEquals(2, run("train", "dit", "--autoencoder", dit + "/checkpoint", "--width", "50", "--heads", "4",
        "--out", dir.resolve("w3").toString()), "50 is not a multiple of 4 heads");
    // train average: the two transformers on one autoencoder, averaged into a whole model that generates.
    String soup = dir.resolve("soup").toString();
    assertEquals(0, run("train", "average", dit + "/checkpoint", dir.resolve("fresh/checkpoint").toString(), "--out", soup));
    double apart = largestTransformerChange(Path.of(dit, "checkpoint"), dir.resolve("fresh/checkpoint"));
    assertEquals(apart / 2, largestTransformerChange(Path.of(dit, "checkpoint"), Path.of(soup)), apart * 1e-3);
    assertEquals(0, run("generate", "a red ball", "--model", soup, "--size", "32x32", "--frames", "1", "--steps", "2",
        "-o", dir.resolve("soup.png").toString()));
    assertEquals(2, run("train", "average", dit + "/checkpoint", soup, "--out", soup), "the output may not be an input");
    assertEquals(2, run("train", "average", dit + "/checkpoint", soup, "--weights", "1", "--out", dir.resolve("s2").toString()));
    assertFalse(Files.exists(dir.resolve("s2")));
    // --pooled-text adds the pooled caption path to a trained transformer, silent at first; the run resumes and generates.
    String pooled = dir.resolve("pooled").toString();
    assertEquals(0, run(concat(new String[] {"train", "dit", "--from", dit + "/checkpoint", "--pooled-text", "--out", pooled}, still)));
    assertEquals(0.0, largestTransformerChange(Path.of(dit, "checkpoint"), Path.of(pooled, "checkpoint")), 1e-6);
    assertTrue(Files.readString(Path.of(pooled, "checkpoint", "config.json")).matches("(?s).*\"pooledText\"\\s*:\\s*true.*"));
    assertEquals(0, run("train", "dit", "--out", pooled, "--resume", "--steps", "2"));
    assertEquals(0, run("generate", "a red ball", "--model", pooled + "/checkpoint", "--size", "32x32", "--seconds", "1", "--steps", "2",
        "-o", dir.resolve("pooled.mp4").toString()));
    assertEquals(2, run("train", "dit", "--out", pooled, "--resume", "--pooled-text", "--steps", "3"));
    // --prompt-facts adds the parsed facts path the same way, beside the pooled one; generation reads the prompt's facts.
    String facts = dir.resolve("facts").toString();
    assertEquals(0, run(concat(new String[] {"train", "dit", "--from", pooled + "/checkpoint", "--prompt-facts", "--out", facts}, still)));
    assertEquals(0.0, largestTransformerChange(Path.of(pooled, "checkpoint"), Path.of(facts, "checkpoint")), 1e-6);
    assertTrue(Files.readString(Path.of(facts, "checkpoint", "config.json")).matches("(?s).*\"promptFacts\"\\s*:\\s*true.*"));
    assertEquals(0, run("train", "dit", "--out", facts, "--resume", "--steps", "2"));
    assertTrue(Files.readString(Path.of(facts, "checkpoint", "MODEL_CARD.md")).contains("pooled text path, prompt facts path (164 parsed facts)"));
    assertEquals(0, run("generate", "a red ball, the camera pans left", "--model", facts + "/checkpoint", "--size", "32x32", "--frames", "1",
        "--steps", "2", "-o", dir.resolve("facts.png").toString()));
    assertEquals(2, run("train", "dit", "--out", facts, "--resume", "--prompt-facts", "--steps", "3"));
    // --reference-frame adds the reference frame path the same way; an animated image goes through it.
    String reference = dir.resolve("reference").toString();
    assertEquals(0, run(concat(new String[] {"train", "dit", "--from", facts + "/checkpoint", "--reference-frame", "--out", reference}, still)));
    assertEquals(0.0, largestTransformerChange(Path.of(facts, "checkpoint"), Path.of(reference, "checkpoint")), 1e-6);
    assertEquals(0, run("train", "dit", "--out", reference, "--resume", "--steps", "2"));
    assertTrue(Files.readString(Path.of(reference, "checkpoint", "MODEL_CARD.md")).contains("parsed facts), reference frame path"));
    assertEquals(0, run("generate", "a red ball", "--model", reference + "/checkpoint", "--image", dir.resolve("facts.png").toString(),
        "--seconds", "1", "--steps", "2", "-o", dir.resolve("reference.mp4").toString()));
    assertEquals(2, run("train", "dit", "--out", reference, "--resume", "--reference-frame", "--steps", "3"));
    // --depth appends blocks to a trained transformer (silent at first: DiffusionTransformerTest); the run resumes and generates;
    // it cannot shrink one.
    String deeper = dir.resolve("deeper").toString();
    assertEquals(0, run(concat(new String[] {"train", "dit", "--from", dit + "/checkpoint", "--depth", "3", "--out", deeper}, still)));
    try (Model grown = Model.load(Path.of(deeper, "checkpoint"), true)) {
      assertEquals(3, grown.config().dit().depth());
    }
    assertEquals(0.0, largestTransformerChange(Path.of(dit, "checkpoint"), Path.of(deeper, "checkpoint")), 1e-6);
    assertEquals(0, run("train", "dit", "--out", deeper, "--resume", "--steps", "2"));
    assertEquals(0, run("generate", "a red ball", "--model", deeper + "/checkpoint", "--size", "32x32", "--frames", "1", "--steps", "2",
        "-o", dir.resolve("deeper.png").toString()));
    assertEquals(2, run("train", "dit", "--out", deeper, "--resume", "--depth", "4", "--steps", "3"));
    assertEquals(2, run("train", "dit", "--from", dit + "/checkpoint", "--depth", "1", "--out", dir.resolve("g").toString()));
    assertEquals(2, run("train", "dit", "--from", dit + "/checkpoint", "--depth", "0", "--out", dir.resolve("g").toString()));
    // Pooled text augmentation: a run of a pooled model records it; a resume or a model without the path refuses it.
    String robust = dir.resolve("robust").toString();
    assertEquals(0, run(concat(new String[] {"train", "dit", "--from", pooled + "/checkpoint", "--out", robust, "--pooled-noise", "1",
        "--pooled-dropout", "0.5", "--steps", "2", "--batch", "1", "--warmup", "0"}, java.util.Arrays.copyOfRange(still, 0, 4))));
    String state = Files.readString(Path.of(robust, "checkpoint", "training", "state.json"));
    assertTrue(state.matches("(?s).*\"pooledNoise\"\\s*:\\s*1\\.0.*") && state.matches("(?s).*\"pooledDropout\"\\s*:\\s*0\\.5.*"), state);
    assertTrue(Files.readString(Path.of(robust, "checkpoint", "MODEL_CARD.md")).contains("pooled text noise 1.00, dropout 0.50"));
    assertEquals(2, run("train", "dit", "--out", robust, "--resume", "--pooled-noise", "0.5", "--steps", "3"));
    assertEquals(2, run("train", "dit", "--from", dit + "/checkpoint", "--pooled-noise", "1", "--out", dir.resolve("g").toString()));
    assertEquals(2, run("train", "dit", "--from", pooled + "/checkpoint", "--pooled-dropout", "2", "--out", dir.resolve("g").toString()));
    assertEquals(2, run("train", "dit", "--from", ae + "/checkpoint", "--out", dir.resolve("g").toString()));
    // The motion term: recorded in the run and its model card, refused on resume or below 0; synthetic clips serve (no maps needed).
    String motion = dir.resolve("motion").toString();
    assertEquals(0, run("train", "dit", "--from", dit + "/checkpoint", "--out", motion, "--motion-weight", "1.5", "--data", "synthetic",
        "--buckets", "5x32x32", "--steps", "2", "--batch", "2", "--warmup", "0"));
    assertTrue(Files.readString(Path.of(motion, "checkpoint", "training", "state.json")).matches("(?s).*\"motionWeight\"\\s*:\\s*1\\.5.*"));
    assertTrue(Files.readString(Path.of(motion, "checkpoint", "MODEL_CARD.md")).contains("motion weight 1.50"));
    assertEquals(2, run("train", "dit", "--out", motion, "--resume", "--motion-weight", "1", "--steps", "3"));
    assertEquals(2, run("train", "dit", "--from", dit + "/checkpoint", "--motion-weight", "-1", "--out", dir.resolve("m2").toString()));
    assertFalse(Files.exists(dir.resolve("m2")), "a refused run leaves no folder");
    // Context noise: recorded in the run, its card and the model's config (so long videos use it), refused on resume or out of range;
    // a generation asking more of a model than it was trained for is refused, within it the long video is made.
    String context = dir.resolve("context").toString();
    assertEquals(0, run("train", "dit", "--from", dit + "/checkpoint", "--out", context, "--context-noise", "0.3", "--data", "synthetic",
        "--buckets", "5x32x32", "--steps", "2", "--batch", "2", "--warmup", "0"));
    assertTrue(Files.readString(Path.of(context, "checkpoint", "training", "state.json")).matches("(?s).*\"contextNoise\"\\s*:\\s*0\\.3.*"));
    assertTrue(Files.readString(Path.of(context, "checkpoint", "config.json")).matches("(?s).*\"contextNoise\"\\s*:\\s*0\\.3.*"));
    assertTrue(Files.readString(Path.of(context, "checkpoint", "MODEL_CARD.md")).contains("given frames noised up to 0.30"));
    assertEquals(2, run("train", "dit", "--out", context, "--resume", "--context-noise", "0.1", "--steps", "3"));
    assertEquals(2, run("train", "dit", "--from", dit + "/checkpoint", "--context-noise", "1", "--out", dir.resolve("c2").toString()));
    assertFalse(Files.exists(dir.resolve("c2")), "a refused run leaves no folder");
    Path contextMp4 = dir.resolve("context.mp4");
    assertEquals(2, run("generate", "a red ball moves right", "--model", dit + "/checkpoint", "--size", "32x32", "--seconds", "3",
        "--steps", "2", "--context-noise", "0.1", "-o", contextMp4.toString()));
    assertEquals(2, run("generate", "a red ball moves right", "--model", context + "/checkpoint", "--size", "32x32", "--seconds", "3",
        "--steps", "2", "--context-noise", "0.4", "-o", contextMp4.toString()));
    assertFalse(Files.exists(contextMp4), "a refused generation writes nothing");
    assertEquals(0, run("generate", "a red ball moves right", "--model", context + "/checkpoint", "--size", "32x32", "--seconds", "6",
        "--steps", "2", "--context-noise", "0.1", "-o", contextMp4.toString()));
    assertEquals(48, VideoReader.read(contextMp4).frameCount());
    // The flow loss weighted where the objects are, from a latent pool that keeps their maps: recorded, resumed, refused on resume.
    String objects = dir.resolve("objects").toString();
    assertEquals(0, run(concat(new String[] {"train", "dit", "--from", dit + "/checkpoint", "--out", objects, "--object-weight", "4",
        "--object-weight-fade", "2", "--latent-cache", "2", "--steps", "2", "--batch", "2", "--warmup", "0"}, java.util.Arrays.copyOfRange(still, 0, 4))));
    assertTrue(Files.readString(Path.of(objects, "checkpoint", "training", "state.json")).matches("(?s).*\"objectWeight\"\\s*:\\s*4\\.0.*"));
    assertTrue(Files.readString(Path.of(objects, "checkpoint", "training", "state.json")).matches("(?s).*\"objectWeightFade\"\\s*:\\s*2\\.0.*"));
    assertTrue(Files.readString(Path.of(objects, "checkpoint", "MODEL_CARD.md")).contains("object weight 4.0, faded by (1 - t)^2.0"));
    assertEquals(0, run("train", "dit", "--out", objects, "--resume", "--steps", "3"));
    assertTrue(Files.readString(Path.of(objects, "metrics.csv")).contains("\n3,"));
    assertEquals(2, run("train", "dit", "--out", objects, "--resume", "--object-weight", "1", "--steps", "4"));
    assertEquals(2, run("train", "dit", "--out", objects, "--resume", "--object-weight-fade", "1", "--steps", "4"));
    assertEquals(2, run("train", "dit", "--from", dit + "/checkpoint", "--object-weight-fade", "2", "--out", dir.resolve("o3").toString()));
    assertFalse(Files.exists(dir.resolve("o3")), "a refused run leaves no folder");
    assertEquals(2, run("train", "dit", "--from", dit + "/checkpoint", "--object-weight", "4", "--data", "synthetic",
        "--out", dir.resolve("o2").toString()));
    assertEquals(2, run("train", "dit", "--from", dit + "/checkpoint", "--autoencoder", ae + "/checkpoint", "--out", dir.resolve("g").toString()));
    assertEquals(2, run("train", "dit", "--from", dit + "/checkpoint", "--resume", "--out", dit));

    // How much the trained transformer uses its caption, as a table and as JSON.
    Path captions = dir.resolve("captions.json");
    assertEquals(0, run("bench", "captions", "--model", dit + "/checkpoint", "--clips", "2", "--size", "5x32x32", "--times", "0.5,0.9",
        "--out", captions.toString()));
    assertTrue(Files.readString(captions).contains("\"objectCaptioned\""));
    assertEquals(2, run("bench", "captions", "--model", dit + "/checkpoint", "--times", "1.5"));

    Path mp4 = dir.resolve("out.mp4"), png = dir.resolve("out.png");
    assertEquals(0, run("generate", "a red ball moves right", "--model", dit + "/checkpoint", "--size", "48x32", "--seconds", "1.5",
        "--seed", "4", "--steps", "3", "-o", mp4.toString()));
    Video video = VideoReader.read(mp4);
    assertEquals(12, video.frameCount());
    assertEquals(48, video.width());
    assertEquals(0, run("generate", "a red ball", "--model", dit + "/checkpoint", "--size", "32x32", "--frames", "1", "--steps", "2",
        "-o", png.toString()));
    assertEquals(32, PngIO.read(png).width());

    // Sharpen the decoder of the whole model, reading noised latents; the result is a whole model again, and resumes with its noise.
    String decoder = dir.resolve("decoder").toString();
    assertEquals(0, run("train", "autoencoder", "--from", dit + "/checkpoint", "--decoder-only", "--latent-noise", "0.3", "--out", decoder,
        "--data", "synthetic", "--buckets", "5x32x32", "--steps", "3", "--batch", "1", "--warmup", "1"));
    assertEquals(2, run("train", "autoencoder", "--out", decoder, "--resume", "--latent-noise", "0.5", "--steps", "4"));
    assertEquals(0, run("train", "autoencoder", "--out", decoder, "--resume", "--steps", "4"));
    assertTrue(Files.readString(dir.resolve("decoder/metrics.csv")).contains("\n4,"));
    assertEquals(0.3, dev.zoetrope.train.Trainer.savedConfig(Path.of(decoder)).latentNoise());
    assertEquals(2, run("train", "autoencoder", "--from", dit + "/checkpoint", "--latent-noise", "0.3", "--out", dir.resolve("x0").toString()));
    assertTrue(Files.exists(dir.resolve("decoder/checkpoint/dit.safetensors")));
    assertEquals(0, run("generate", "a red ball", "--model", decoder + "/checkpoint", "--size", "32x32", "--seconds", "1", "--steps", "2",
        "-o", dir.resolve("sharp.mp4").toString()));
    assertEquals(2, run("train", "autoencoder", "--out", ae, "--resume", "--decoder-only", "--steps", "7"));
    // The encoder alone: the decoder, latent scale and transformer come back byte for byte; a resume keeps reading the frozen
    // starting encoder's latents; the two halves, a missing --from and an object weight are refused.
    String encoder = dir.resolve("encoder").toString();
    assertEquals(0, run("train", "autoencoder", "--from", dit + "/checkpoint", "--encoder-only", "--out", encoder, "--data", "synthetic",
        "--buckets", "5x32x32", "--steps", "3", "--batch", "1", "--warmup", "1"));
    assertEquals(0, run("train", "autoencoder", "--out", encoder, "--resume", "--steps", "4"));
    assertTrue(Files.readString(dir.resolve("encoder/metrics.csv")).contains("\n4,"));
    assertTrue(Files.readString(dir.resolve("encoder/metrics.csv")).contains("cycle="));
    Path trained = Path.of(encoder, "checkpoint");
    assertArrayEquals(Files.readAllBytes(Path.of(dit, "checkpoint", "dit.safetensors")), Files.readAllBytes(trained.resolve("dit.safetensors")));
    assertEquals(Files.readString(Path.of(dit, "checkpoint", "config.json")), Files.readString(trained.resolve("config.json")));
    try (var before = dev.zoetrope.checkpoint.Model.load(Path.of(dit, "checkpoint"), true);
        var after = dev.zoetrope.checkpoint.Model.load(trained, true)) {
      var old = before.autoencoder().weights().toFloats();
      var now = after.autoencoder().weights().toFloats();
      old.forEach((name, values) -> {
        if (name.startsWith("decoder.")) assertArrayEquals(values, now.get(name), name + " is frozen");
      });
      assertTrue(old.keySet().stream().anyMatch(name -> name.startsWith("encoder.") && !java.util.Arrays.equals(old.get(name), now.get(name))),
          "the encoder learned");
    }
    assertEquals(0, run("bench", "roundtrip", "--model", encoder + "/checkpoint", "--clips", "1", "--trips", "2", "--size", "5x32x32"));
    assertEquals(2, run("bench", "roundtrip", "--model", encoder + "/checkpoint", "--trips", "0"));
    assertEquals(2, run("bench", "roundtrip", "--model", encoder + "/checkpoint", "--size", "4x32x32"));
    assertEquals(2, run("train", "autoencoder", "--from", dit + "/checkpoint", "--encoder-only", "--decoder-only", "--out", dir.resolve("x1").toString()));
    assertEquals(2, run("train", "autoencoder", "--encoder-only", "--out", dir.resolve("x2").toString()));
    assertEquals(2, run("train", "autoencoder", "--from", dit + "/checkpoint", "--encoder-only", "--object-weight", "4",
        "--out", dir.resolve("x3").toString()));
    assertEquals(2, run("train", "autoencoder", "--out", decoder, "--resume", "--encoder-only", "--steps", "7"));
    // The whole autoencoder with objects weighted: the run records the weight, resumes with it and refuses another.
    String weighted = dir.resolve("weighted").toString();
    assertEquals(0, run("train", "autoencoder", "--from", dit + "/checkpoint", "--object-weight", "4", "--out", weighted, "--data", "world",
        "--buckets", "5x32x32", "--steps", "2", "--batch", "1", "--warmup", "1"));
    assertTrue(Files.readString(Path.of(weighted, "checkpoint", "training", "state.json")).matches("(?s).*\"objectWeight\"\\s*:\\s*4\\.0.*"));
    assertTrue(Files.readString(Path.of(weighted, "checkpoint", "MODEL_CARD.md")).contains("object weight 4.0"));
    assertEquals(0, run("train", "autoencoder", "--out", weighted, "--resume", "--steps", "3"));
    assertEquals(2, run("train", "autoencoder", "--out", weighted, "--resume", "--object-weight", "2", "--steps", "4"));
    assertEquals(2, run("train", "autoencoder", "--from", dit + "/checkpoint", "--object-weight", "4", "--object-weight-fade", "1",
        "--data", "world", "--out", dir.resolve("a3").toString()));
    assertEquals(2, run("train", "autoencoder", "--from", dit + "/checkpoint", "--object-weight", "4", "--data", "synthetic",
        "--out", dir.resolve("w2").toString()));
    assertEquals(2, run("train", "autoencoder", "--from", dit + "/checkpoint", "--motion-weight", "1", "--out", dir.resolve("a4").toString()));
    assertFalse(Files.exists(dir.resolve("a4")), "a refused run leaves no folder");
    assertEquals(2, run("train", "autoencoder", "--from", dit + "/checkpoint", "--config", dir.resolve("c.json").toString(),
        "--out", dir.resolve("f").toString()));
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** The largest absolute difference between two checkpoints' transformer weights, over the tensors both have. */
  private static double largestTransformerChange(Path a, Path b) {
    try (Model first = Model.load(a, true); Model second = Model.load(b, true)) {
      var before = first.transformer().weights().toFloats();
      double largest = 0;
      for (var entry : second.transformer().weights().toFloats().entrySet()) {
        float[] x = before.get(entry.getKey()), y = entry.getValue();
        if (x == null) continue; // a tensor only the second model has
        for (int i = 0; i < y.length; i++) largest = Math.max(largest, Math.abs(x[i] - y[i]));
      }
      return largest;
    }
  }

  @Test
  void badInputExitsWithCodeTwo() {
    assertEquals(2, run("generate", "x", "--model", dir.resolve("missing").toString(), "-o", dir.resolve("x.mp4").toString()));
    assertEquals(2, run("train", "dit", "--out", dir.resolve("d").toString()));
    assertEquals(2, run("train", "autoencoder", "--out", dir.resolve("e").toString(), "--decoder-only", "--preset", "tiny"));
    assertEquals(2, run("generate", "x", "--size", "12by4", "--model", dir.toString(), "-o", "x.mp4"));
  }
}
