package dev.zoetrope.cli;

import dev.zoetrope.checkpoint.Checkpoint;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.config.DiTConfig;
import dev.zoetrope.config.TrainConfig;
import dev.zoetrope.generate.MiniLmPrompts;
import dev.zoetrope.train.ClipSource;
import dev.zoetrope.train.LatentCache;
import dev.zoetrope.train.StopRequest;
import dev.zoetrope.train.Trainer;
import dev.zoetrope.train.TransformerObjective;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zoetrope train dit}: flow matching on the frozen autoencoder's latents, with the task mixture. */
@Command(
    name = "dit",
    mixinStandardHelpOptions = true,
    description = "Train the diffusion transformer (rectified flow, task mixture, caption dropout) on a frozen autoencoder.",
    footer = {
      "",
      "Examples:",
      "  zoetrope train dit --autoencoder runs/ae/checkpoint --out runs/dit --data world --minutes 120 --sample-every 500",
      "  zoetrope train dit --autoencoder runs/ae/checkpoint --out runs/dit --latent-cache 2000 --buckets 9x128x128,17x128x128",
      "  zoetrope train dit --out runs/dit --resume --minutes 60",
      "  zoetrope train dit --from models/zoetrope-world --out runs/tuned --latent-cache 2000 --lr 3e-4 --steps 4000",
      "      (a new run that starts from a trained model's transformer: new pool, schedule or task mix)",
      "  zoetrope train dit --from runs/pooled/checkpoint --out runs/robust --latent-cache 1000 --pooled-noise 1 --pooled-dropout 0.2",
      "      (a pooled-text model made robust to phrasings it never saw)",
      "  zoetrope train dit --from models/zoetrope-world --out runs/facts --latent-cache 1000 --prompt-facts",
      "      (the caption's parsed facts, camera move and directions among them, as their own input)",
      "  zoetrope train dit --from runs/v4 --out runs/objects --latent-cache 2000 --object-weight 4",
      "      (the flow loss weighted 5x where the objects are: more of each step on shapes and counts)",
      "  zoetrope train dit --from models/zoetrope-world --out runs/deeper --latent-cache 2000 --depth 10",
      "      (four blocks appended to the trained six, silent at first: more capacity without starting over)",
      "  zoetrope train dit --autoencoder runs/ae/checkpoint --out runs/wide --latent-cache 1000 --width 256 --heads 8 --depth 8",
      "      (a fresh, wider transformer on a trained autoencoder)",
      "  zoetrope train dit --from models/zoetrope-world --out runs/context --latent-cache 1000 --context-noise 0.3",
      "      (given frames noised to a level up to 0.3, so a long video's later windows lean less on their errors)",
      "  zoetrope train dit --from models/zoetrope-world --out runs/reference --latent-cache 1000 --reference-frame",
      "      (each token also sees the given frame's patch at its own place: for image-to-video, extend, connect)",
    })
public final class TrainDitCommand implements Callable<Integer> {
  @Mixin TrainingOptions options;

  @Option(names = "--autoencoder", description = {
      "Checkpoint folder of a trained autoencoder (its config.json sets the DiT size);",
      "the transformer starts fresh from --seed, even if the folder holds one."})
  Path autoencoder;

  @Option(names = "--from", description = {
      "A whole model's checkpoint folder: a new run on its autoencoder that starts from its",
      "transformer's weights (fine-tuning with new settings; --resume continues a run instead)."})
  Path from;

  @Option(names = "--caption-dropout", defaultValue = "0.1", description = "Share of captions dropped for guidance (default: ${DEFAULT-VALUE}).")
  double captionDropout;

  @Option(names = "--tasks", split = ",", defaultValue = "0.4,0.1,0.2,0.1,0.1,0.1",
      description = "Weights of t2v, image, first frame, first-k, last-k, both ends (default: ${DEFAULT-VALUE}).")
  List<Double> tasks;

  @Option(names = "--latent-cache", defaultValue = "0", paramLabel = "N",
      description = "Encode N clips per bucket once and train on them (kept in OUT/latents; much faster steps). "
          + "0 = render and encode fresh clips every step (default). A resumed run keeps its choice.")
  int latentCache;

  @Option(names = "--pooled-text", description = {
      "Add the pooled text path: the caption's mean token state joins every block's timestep",
      "condition. With --from it starts at zero, so training begins from exactly the source model."})
  boolean pooledText;

  @Option(names = "--prompt-facts", description = {
      "Add the prompt facts path: the caption's parsed facts (camera, directions, motions, count,",
      "shapes, colours) join every block's timestep condition as one vector. With --from it starts",
      "at zero, so training begins from exactly the source model."})
  boolean promptFacts;

  @Option(names = "--reference-frame", description = {
      "Add the reference frame path: each token also gets, projected, the patch at its own place in",
      "its nearest given frame. With --from it starts at zero, so training begins from exactly the",
      "source model. Measured once, at lr 1e-4: it did not learn (docs/engine.md)."})
  boolean referenceFrame;

  @Option(names = "--depth", paramLabel = "BLOCKS", description = {
      "Transformer blocks. With --from, blocks are appended to the trained ones and start as the",
      "identity (adaLN-Zero gates and a zero cross-attention output), so training begins from exactly",
      "the source model; with --autoencoder, the fresh transformer's depth (default: the folder's config)."})
  Integer depth;

  @Option(names = "--width", paramLabel = "W", description = {
      "Width (hidden size) of a fresh transformer (with --autoencoder; default: the folder's config).",
      "A trained transformer cannot change width: --from and --resume keep their own."})
  Integer width;

  @Option(names = "--heads", paramLabel = "H", description = {
      "Attention heads of a fresh transformer (with --autoencoder; default: the folder's config, or",
      "width / 32 with --width). The head size, width / heads, must be even and at least 8."})
  Integer heads;

  @Option(names = "--pooled-noise", defaultValue = "0", paramLabel = "SIGMA", description = {
      "Conditioning augmentation of the pooled text path: Gaussian noise of this standard deviation",
      "on each caption's layer-normed pooled vector, so nearby phrasings steer alike (default: ${DEFAULT-VALUE})."})
  double pooledNoise;

  @Option(names = "--pooled-dropout", defaultValue = "0", paramLabel = "P", description = {
      "Share of captions whose pooled vector is dropped while their tokens stay, so the tokens",
      "alone still carry the prompt (default: ${DEFAULT-VALUE})."})
  double pooledDropout;

  @Option(names = "--context-noise", defaultValue = "0", paramLabel = "C", description = {
      "Train with given frames noised: each step that gives frames noises them to a level drawn from",
      "[0, C] and tells the model that level, so a long video's later windows can be given its own",
      "frames slightly noised and lean less on their errors. Recorded in the model's config",
      "(default: ${DEFAULT-VALUE}, clean; --from keeps the folder's own). --resume keeps the run's own."})
  double contextNoise;

  @Option(names = "--sample-prompt", defaultValue = "a red ball moves right", description = "Prompt of the sample videos.")
  String samplePrompt;

  @Override
  public Integer call() throws Exception {
    if (latentCache < 0) throw new IllegalArgumentException("--latent-cache must be >= 0, got " + latentCache);
    if (from != null && autoencoder != null) throw new IllegalArgumentException("--from brings its own autoencoder; drop --autoencoder");
    if (options.resume && from != null) throw new IllegalArgumentException("--from starts a new run; --resume continues one: give one of them");
    if (from != null && !Model.hasTransformer(from)) {
      throw new IllegalArgumentException("--from " + from + " holds no transformer (dit.safetensors); use --autoencoder for a fresh one");
    }
    if (options.resume && pooledText) throw new IllegalArgumentException("--pooled-text is set when a run starts; --resume keeps the run's own");
    if (options.resume && promptFacts) throw new IllegalArgumentException("--prompt-facts is set when a run starts; --resume keeps the run's own");
    if (options.resume && referenceFrame) {
      throw new IllegalArgumentException("--reference-frame is set when a run starts; --resume keeps the run's own");
    }
    if (options.resume && depth != null) throw new IllegalArgumentException("--depth is set when a run starts; --resume keeps the run's own");
    if (depth != null && depth < 1) throw new IllegalArgumentException("--depth must be >= 1, got " + depth);
    if (options.resume && (width != null || heads != null)) {
      throw new IllegalArgumentException("--width and --heads are set when a run starts; --resume keeps the run's own");
    }
    if ((width != null || heads != null) && autoencoder == null) {
      throw new IllegalArgumentException("--width and --heads size a fresh transformer: give --autoencoder (a trained one keeps its width)");
    }
    if (width != null && width < 8) throw new IllegalArgumentException("--width must be >= 8, got " + width);
    if (heads != null && heads < 1) throw new IllegalArgumentException("--heads must be >= 1, got " + heads);
    if (!(contextNoise >= 0 && contextNoise < 1)) throw new IllegalArgumentException("--context-noise must be in [0, 1), got " + contextNoise);
    if (options.resume && contextNoise != 0) {
      throw new IllegalArgumentException("--context-noise is set when a run starts; --resume keeps the run's own");
    }
    boolean augmented = pooledNoise != 0 || pooledDropout != 0;
    if (options.resume && augmented) {
      throw new IllegalArgumentException("--pooled-noise and --pooled-dropout are set when a run starts; --resume keeps the run's own");
    }
    Path start = options.resume ? Trainer.checkpointOf(options.out) : from != null ? from : autoencoder;
    if (start == null) throw new IllegalArgumentException("--autoencoder CHECKPOINT or --from MODEL is required (or --resume)");
    TrainConfig train = options.config(captionDropout, pooledNoise, pooledDropout, contextNoise, TrainingOptions.weights(tasks));
    // closed in reverse: the model first, then the stop request lets a pending Ctrl-C exit
    try (StopRequest stop = StopRequest.onShutdown(System.err, TrainingOptions.STOP_PATIENCE_SECONDS);
        Model model = options.resume ? Model.load(start, true)
        : from != null ? Model.loadGrown(from, transformer(from, true), options.seed)
        : Model.loadAutoencoder(start, options.seed, transformer(start, false))) {
      if (augmented && !model.config().dit().pooledText()) {
        throw new IllegalArgumentException("--pooled-noise and --pooled-dropout need the pooled text path: add --pooled-text");
      }
      ClipSource clips = options.clips(model.config().fps());
      LatentCache cache = options.resume
          ? LatentCache.resume(options.out, clips, model.autoencoder(), System.err)
          : latentCache > 0 ? LatentCache.create(options.out, clips, model.autoencoder(), new LatentCache.Settings(latentCache, options.seed), System.err)
          : null;
      if (cache != null) clips = cache.withStopRequest(stop::requested);
      var objective = new TransformerObjective(model.autoencoder(), model.transformer(), model.config().flow(), MiniLmPrompts.shared(), train);
      var bucket = train.buckets().get(train.buckets().size() - 1);
      Trainer.Options run = new Trainer.Options(options.out, options.fp16, System.err,
          SampleVideos.generations(samplePrompt, bucket, model.config().fps()), 0, null).withStopRequest(stop::requested);
      var result = new Trainer(model, objective, clips, train, run).run(options.resume);
      System.out.printf("dit: step %d, loss %.5f, %.1f min; checkpoint %s%n", result.step(), result.lastLoss(), result.seconds() / 60,
          result.checkpoint());
      if (result.stopped()) return TrainingOptions.STOPPED_EXIT_CODE;
    }
    return 0;
  }

  /**
   * The folder's transformer config with --depth, --pooled-text, --prompt-facts, --reference-frame and
   * --context-noise applied; {@code keepPaths} keeps the three paths and the context noise the folder's
   * transformer already has (--from grows it, --autoencoder starts fresh).
   */
  private DiTConfig transformer(Path folder, boolean keepPaths) {
    DiTConfig dit = Checkpoint.readConfig(folder).dit();
    dit = dit.withPooledText(pooledText || (keepPaths && dit.pooledText()))
        .withPromptFacts(promptFacts || (keepPaths && dit.promptFacts()))
        .withReferenceFrame(referenceFrame || (keepPaths && dit.referenceFrame()))
        .withContextNoise(contextNoise > 0 ? contextNoise : keepPaths ? dit.contextNoise() : 0);
    if (width != null || heads != null) {
      int hidden = width != null ? width : dit.hiddenSize();
      dit = dit.withWidth(hidden, heads != null ? heads : width != null ? Math.max(1, hidden / 32) : dit.heads());
    }
    return depth == null ? dit : dit.withDepth(depth);
  }
}
