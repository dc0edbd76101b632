package dev.zoetrope.checkpoint;

import ai.djl.ndarray.NDManager;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Scopes;
import dev.zoetrope.config.DiTConfig;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.dit.DiffusionTransformer;
import dev.zoetrope.nn.Parameters;
import dev.zoetrope.vae.VideoAutoencoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A model in memory: config, autoencoder and transformer, all weights in one manager. */
public final class Model implements AutoCloseable {
  private final ModelConfig config;
  private final NDManager manager;
  private final VideoAutoencoder autoencoder;
  private final DiffusionTransformer transformer;

  private Model(ModelConfig config, NDManager manager, VideoAutoencoder autoencoder, DiffusionTransformer transformer) {
    this.config = config;
    this.manager = manager;
    this.autoencoder = autoencoder;
    this.transformer = transformer;
  }

  /** Fresh weights from a seed (training starts here). */
  public static Model initialize(ModelConfig config, long seed) {
    NDManager manager = Compute.newManager();
    Rng rng = new Rng(seed);
    var autoencoder = new VideoAutoencoder(config.autoencoder(), VideoAutoencoder.initialize(config.autoencoder(), manager.newSubManager(), rng));
    var transformer = new DiffusionTransformer(config.dit(), DiffusionTransformer.initialize(config.dit(), manager.newSubManager(), rng));
    return new Model(config, manager, autoencoder, transformer);
  }

  /** Loads a checkpoint folder; {@code requireTransformer} = false accepts autoencoder-only checkpoints. */
  public static Model load(Path folder, boolean requireTransformer) {
    return load(folder, requireTransformer, 0);
  }

  /** As {@link #load(Path, boolean)}; weights the folder lacks start from {@code seed}. */
  public static Model load(Path folder, boolean requireTransformer, long seed) {
    Model model = loadAutoencoder(folder, seed);
    try {
      Path dit = folder.resolve(Checkpoint.DIT);
      if (requireTransformer || Files.exists(dit)) Checkpoint.loadWeights(dit, model.transformer.weights());
      return model;
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /**
   * A whole checkpoint with its transformer grown to {@code dit}: blocks appended and/or the pooled
   * text or prompt facts path added ({@link DiffusionTransformer#added}). A new path's projection
   * starts at zero and the appended blocks are the identity ({@link DiffusionTransformer#silenceAppended}), so the
   * model computes exactly what the checkpoint did until it trains; the appended blocks' other
   * weights start from {@code seed}.
   */
  public static Model loadGrown(Path folder, DiTConfig dit, long seed) {
    DiTConfig source = Checkpoint.readConfig(folder).dit();
    Model model = loadAutoencoder(folder, seed, dit);
    try {
      Parameters weights = model.transformer.weights();
      Checkpoint.loadWeights(folder.resolve(Checkpoint.DIT), weights, DiffusionTransformer.added(source, dit, weights));
      DiffusionTransformer.silenceAppended(weights, source.depth());
      return model;
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /**
   * A checkpoint's autoencoder with a fresh transformer from {@code seed}, whether or not the folder
   * holds one (a new transformer run on a trained latent space).
   */
  public static Model loadAutoencoder(Path folder, long seed) {
    return loadAutoencoder(folder, seed, Checkpoint.readConfig(folder).dit());
  }

  /** As {@link #loadAutoencoder(Path, long)}, the fresh transformer of config {@code dit}. */
  public static Model loadAutoencoder(Path folder, long seed, DiTConfig dit) {
    Model model = initialize(Checkpoint.readConfig(folder).withDit(dit), seed);
    try {
      Checkpoint.loadWeights(folder.resolve(Checkpoint.AUTOENCODER), model.autoencoder.weights());
      return model;
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
  }

  public static boolean hasTransformer(Path folder) {
    return Files.exists(folder.resolve(Checkpoint.DIT));
  }

  /** Writes config and weights into {@code folder} (which the caller creates, usually a temp folder). */
  public void writeTo(Path folder, boolean fp16, boolean withTransformer) throws IOException {
    Checkpoint.writeConfig(folder, config);
    Checkpoint.writeWeights(folder.resolve(Checkpoint.AUTOENCODER), autoencoder.weights(), fp16);
    if (withTransformer) Checkpoint.writeWeights(folder.resolve(Checkpoint.DIT), transformer.weights(), fp16);
  }

  public ModelConfig config() {
    return config;
  }

  public VideoAutoencoder autoencoder() {
    return autoencoder;
  }

  public DiffusionTransformer transformer() {
    return transformer;
  }

  /** The manager that owns every weight (its array count must not change while serving). */
  public NDManager manager() {
    return manager;
  }

  /** Arrays held by the model's managers: constant while serving, or something leaks. */
  public int arrayCount() {
    return Scopes.arrayCount(autoencoder.weights().manager()) + Scopes.arrayCount(transformer.weights().manager())
        + Scopes.arrayCount(manager);
  }

  /** A copy of this model with the autoencoder's latent scale replaced (weights are shared). */
  public Model withLatentScale(double scale) {
    ModelConfig updated = config.withAutoencoder(config.autoencoder().withLatentScale(scale));
    return new Model(updated, manager, new VideoAutoencoder(updated.autoencoder(), autoencoder.weights()), transformer);
  }

  @Override
  public void close() {
    manager.close();
  }
}
