package dev.zoetrope.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.checkpoint.Checkpoint;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.Json;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.nn.Parameters;
import dev.zoetrope.vae.VideoAutoencoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes a training checkpoint. The exported networks are the EMA weights (fp16 allowed);
 * training/ keeps the raw weights, EMA and Adam moments in fp32 plus state.json, so a resumed run
 * continues bit for bit.
 */
final class TrainingFiles {
  private TrainingFiles() {}

  static void save(Path checkpoint, Model model, Objective objective, AdamW adam, Ema ema, TrainingState state,
      ClipSource source, double loss, boolean fp16) throws IOException {
    boolean autoencoderRun = objective.target().equals("autoencoder");
    AutoencoderPart partRun = objective instanceof AutoencoderPart part ? part : null;
    ModelConfig config = autoencoderRun ? withMeasuredScale(model, ema.weights(), source, state) : model.config();
    Checkpoint.writeAtomically(checkpoint, folder -> {
      Checkpoint.writeConfig(folder, config);
      if (partRun != null) {
        // The frozen half as it is, the trained half's EMA; the latent scale and the transformer unchanged.
        try (NDManager manager = Compute.newManager()) {
          Checkpoint.writeWeights(folder.resolve(Checkpoint.AUTOENCODER), overlay(model.autoencoder().weights(), ema.weights(), manager), fp16);
        }
        if (partRun.withTransformer()) Checkpoint.writeWeights(folder.resolve(Checkpoint.DIT), model.transformer().weights(), fp16);
      } else {
        Parameters autoencoder = autoencoderRun ? ema.weights() : model.autoencoder().weights();
        Checkpoint.writeWeights(folder.resolve(Checkpoint.AUTOENCODER), autoencoder, fp16);
        if (!autoencoderRun) Checkpoint.writeWeights(folder.resolve(Checkpoint.DIT), ema.weights(), fp16);
      }
      Path training = Files.createDirectories(folder.resolve(Checkpoint.TRAINING));
      Checkpoint.writeWeights(training.resolve("weights.safetensors"), objective.trainable(), false);
      Checkpoint.writeWeights(training.resolve("ema.safetensors"), ema.weights(), false);
      Checkpoint.writeWeights(training.resolve("adam_m.safetensors"), adam.firstMoments(), false);
      Checkpoint.writeWeights(training.resolve("adam_v.safetensors"), adam.secondMoments(), false);
      if (objective instanceof EncoderObjective encoderRun) {
        Checkpoint.writeWeights(EncoderObjective.referenceOf(folder), encoderRun.reference().weights(), false); // the targets, for a resume
      }
      Files.writeString(training.resolve("state.json"), Json.write(state));
      Files.writeString(folder.resolve(Checkpoint.MODEL_CARD), ModelCard.write(config, model, state, source, loss));
    });
  }

  /** {@code base} with the values {@code part} has for some of its names, as a new set in {@code manager}. */
  private static Parameters overlay(Parameters base, Parameters part, NDManager manager) {
    Parameters out = new Parameters(manager);
    base.all().forEach((name, array) -> {
      NDArray value = part.all().getOrDefault(name, array);
      out.put(name, value.toFloatArray(), array.getShape().getShape());
    });
    return out;
  }

  static TrainingState restore(Path checkpoint, Objective objective, AdamW adam, Ema ema) throws IOException {
    Path training = checkpoint.resolve(Checkpoint.TRAINING);
    Path stateFile = training.resolve("state.json");
    if (!Files.exists(stateFile)) {
      throw new IllegalArgumentException("cannot resume: " + stateFile + " is missing (not a training checkpoint)");
    }
    TrainingState state = Json.read(stateFile, TrainingState.class);
    if (!state.target().equals(objective.target())) {
      throw new IllegalArgumentException("cannot resume: checkpoint trains " + state.target() + ", not " + objective.target());
    }
    Checkpoint.loadWeights(training.resolve("weights.safetensors"), objective.trainable());
    Checkpoint.loadWeights(training.resolve("ema.safetensors"), ema.weights());
    Checkpoint.loadWeights(training.resolve("adam_m.safetensors"), adam.firstMoments());
    Checkpoint.loadWeights(training.resolve("adam_v.safetensors"), adam.secondMoments());
    adam.restore(state.adamUpdates());
    return state;
  }

  /**
   * The diffusion model wants unit-variance latents: measure the EMA encoder's latent spread on a
   * few clips (from a fixed seed, so the trainer's own RNG is untouched) and store 1/std.
   */
  private static ModelConfig withMeasuredScale(Model model, Parameters emaWeights, ClipSource source, TrainingState state) {
    ModelConfig base = model.config();
    var unscaled = base.autoencoder().withLatentScale(1.0);
    VideoAutoencoder encoder = new VideoAutoencoder(unscaled, emaWeights);
    Rng rng = new Rng(state.train().seed() ^ 0x5CA1EL);
    double sum = 0, squares = 0;
    long count = 0;
    try (var manager = Compute.newManager()) {
      for (var bucket : state.train().buckets()) {
        Batch batch = Batch.draw(source, bucket, 2, rng);
        var pixels = dev.zoetrope.compute.Tensors.of(manager, batch.pixels(), 2, 3, bucket.frames(), bucket.height(), bucket.width());
        for (float v : encoder.encode(pixels).toFloatArray()) {
          sum += v;
          squares += (double) v * v;
          count++;
        }
      }
    }
    double mean = sum / count, std = Math.sqrt(Math.max(1e-12, squares / count - mean * mean));
    return base.withAutoencoder(base.autoencoder().withLatentScale(1.0 / std));
  }
}
