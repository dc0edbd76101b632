package dev.zoetrope.cli;

import dev.zoetrope.checkpoint.Checkpoint;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.config.Json;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.config.TrainConfig;
import dev.zoetrope.train.AutoencoderEvaluation;
import dev.zoetrope.train.AutoencoderObjective;
import dev.zoetrope.train.DecoderObjective;
import dev.zoetrope.train.EncoderObjective;
import dev.zoetrope.train.Objective;
import dev.zoetrope.train.StopRequest;
import dev.zoetrope.train.Trainer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zoetrope train autoencoder}: trains the causal video autoencoder; reports reconstruction PSNR. */
@Command(
    name = "autoencoder",
    mixinStandardHelpOptions = true,
    description = "Train the causal video autoencoder (reconstruction PSNR is logged as psnr=… per step).",
    footer = {
      "",
      "Examples:",
      "  zoetrope train autoencoder --out runs/ae --preset small --data world --minutes 60",
      "  zoetrope train autoencoder --out runs/ae --resume --minutes 30",
      "  zoetrope train autoencoder --out /tmp/ae --preset tiny --data synthetic --buckets 1x32x32,9x32x32 --steps 200",
      "  zoetrope train autoencoder --from models/zoetrope-world --decoder-only --out runs/decoder --buckets 17x128x128 --minutes 120",
      "      (sharpen the shipped model's decoder; its encoder, latent space and transformer stay as they are,",
      "       so runs/decoder/checkpoint is a whole model: generate --model runs/decoder/checkpoint)",
      "  zoetrope train autoencoder --from models/zoetrope-world --decoder-only --latent-noise 0.3 --out runs/decoder --steps 600",
      "      (the decoder also learns to clean the residual errors of the latents the transformer samples)",
      "  zoetrope train autoencoder --from models/zoetrope-world --encoder-only --out runs/encoder --buckets 17x128x128 --steps 600",
      "      (the encoder reads decoded frames back into their latents: long videos drift less)",
      "  zoetrope train autoencoder --from models/zoetrope-world --object-weight 8 --out runs/ae128 --buckets 17x128x128 --minutes 120",
      "      (the whole autoencoder, with objects' reconstruction weighted 9x: a new latent space, so train a transformer on it)",
    })
public final class TrainAutoencoderCommand implements Callable<Integer> {
  @Mixin TrainingOptions options;

  @Option(names = "--preset", defaultValue = "default", description = "Model size: tiny, small, wide or default (sets the DiT too).")
  String preset;

  @Option(names = "--config", description = "A model config JSON instead of --preset.")
  Path config;

  @Option(names = "--from", description = "Start from this checkpoint's weights and config instead of a fresh --preset.")
  Path from;

  @Option(names = "--decoder-only", description = {
      "Train the decoder alone (needs --from): the encoder, the latent scale and a transformer in",
      "the checkpoint are kept, so a model trained on this latent space stays valid."})
  boolean decoderOnly;

  @Option(names = "--encoder-only", description = {
      "Train the encoder alone (needs --from) to read the decoder's own frames back into the latents",
      "they came from, while its latents of real clips stay as they were: a long video re-encodes the",
      "frames it made at every window, and each round trip then adds less error. The decoder, the",
      "latent scale and a transformer in the checkpoint are kept."})
  boolean encoderOnly;

  @Option(names = "--latent-noise", defaultValue = "0", paramLabel = "S", description = {
      "With --decoder-only: add Gaussian noise to the latent the decoder reads, at a level drawn per clip",
      "from 0 to S in the transformer's latent units (default: ${DEFAULT-VALUE}, none), so the decoder",
      "learns to read a sampled latent's residual errors (docs/engine.md has what it measured).",
      "--resume keeps the run's own."})
  double latentNoise;

  @Override
  public Integer call() throws Exception {
    Path checkpoint = Trainer.checkpointOf(options.out);
    ModelConfig modelConfig = config != null ? Json.read(config, ModelConfig.class) : ModelConfig.preset(preset);
    if (options.resume && latentNoise != 0) {
      throw new IllegalArgumentException("--latent-noise is set when a run starts; --resume keeps the run's own");
    }
    TrainConfig train = options.config(0, 0, 0, 0, TrainConfig.defaultTaskWeights());
    if (!options.resume) train = train.withLatentNoise(latentNoise);
    if (train.objectWeightFade() != 0) {
      throw new IllegalArgumentException("--object-weight-fade fades the transformer's flow loss over noise; an autoencoder has no noise");
    }
    if (train.motionWeight() != 0) {
      throw new IllegalArgumentException(
          "--motion-weight weighs the transformer's flow error between latent frames; it is not an autoencoder loss");
    }
    if (from != null && config != null) {
      throw new IllegalArgumentException("--from takes the checkpoint's own config; drop --config");
    }
    if (options.resume && from != null) {
      throw new IllegalArgumentException("--from starts a new run; --resume continues one: give one of them");
    }
    if (decoderOnly && encoderOnly) throw new IllegalArgumentException("--decoder-only and --encoder-only each train one half: give one");
    String savedTarget = options.resume ? Trainer.savedTarget(options.out) : null;
    boolean decoderRun = options.resume ? DecoderObjective.TARGET.equals(savedTarget) : decoderOnly;
    boolean encoderRun = options.resume ? EncoderObjective.TARGET.equals(savedTarget) : encoderOnly;
    if (options.resume && encoderOnly && !encoderRun) {
      throw new IllegalArgumentException("the run in " + options.out + " trains " + savedTarget + ", not the encoder alone");
    }
    if (encoderRun && !options.resume && from == null) {
      throw new IllegalArgumentException("--encoder-only needs --from CHECKPOINT (a trained autoencoder whose latent space to keep)");
    }
    if (encoderRun && train.objectWeight() != 0) {
      throw new IllegalArgumentException("--object-weight weighs a reconstruction; --encoder-only matches latents");
    }
    if (options.resume && decoderOnly && !decoderRun) {
      throw new IllegalArgumentException("the run in " + options.out + " trains the whole autoencoder, not the decoder alone");
    }
    if (train.latentNoise() != 0 && !decoderRun) {
      throw new IllegalArgumentException("--latent-noise teaches a decoder to read noisy latents: add --decoder-only (and --from CHECKPOINT)");
    }
    if (decoderRun && !options.resume && from == null) {
      throw new IllegalArgumentException("--decoder-only needs --from CHECKPOINT (a trained encoder to keep)");
    }
    Path source = options.resume ? checkpoint : from;
    // closed in reverse: the models first, then the stop request lets a pending Ctrl-C exit
    try (StopRequest stop = StopRequest.onShutdown(System.err, TrainingOptions.STOP_PATIENCE_SECONDS);
        Model model = source != null ? Model.load(source, false) : Model.initialize(modelConfig, options.seed);
        Model reference = encoderRun ? Model.load(source, false) : null) {
      if (encoderRun && options.resume) Checkpoint.loadWeights(EncoderObjective.referenceOf(checkpoint), reference.autoencoder().weights());
      var clips = options.clips(model.config().fps());
      Trainer.Options run = new Trainer.Options(options.out, options.fp16, System.err,
          SampleVideos.reconstructions(clips, train.buckets().get(train.buckets().size() - 1)), 0, null).withStopRequest(stop::requested);
      Objective objective = encoderRun ? new EncoderObjective(model.autoencoder(), reference.autoencoder(), Model.hasTransformer(source))
          : decoderRun ? new DecoderObjective(model.autoencoder(), Model.hasTransformer(source), train.objectWeight(), train.latentNoise())
          : new AutoencoderObjective(model.autoencoder(), train.objectWeight());
      var result = new Trainer(model, objective, clips, train, run).run(options.resume);
      System.out.printf("%s: step %d, loss %.5f, %.1f min; checkpoint %s%n", objective.target(), result.step(), result.lastLoss(),
          result.seconds() / 60, result.checkpoint());
      if (result.stopped()) return TrainingOptions.STOPPED_EXIT_CODE;
    }
    try (Model trained = Model.load(checkpoint, false)) {
      var clips = options.clips(trained.config().fps());
      AutoencoderEvaluation.psnrPerBucket(trained.autoencoder(), clips, train.buckets(), 4, options.seed + 99)
          .forEach((bucket, psnr) -> System.out.printf("reconstruction PSNR %-12s %.2f dB%n", bucket, psnr));
    }
    return 0;
  }
}
