package dev.zoetrope.generate;

import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.config.DiTConfig;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.config.SamplerConfig;
import dev.zoetrope.dit.PromptEncoder;
import dev.zoetrope.dit.TextStates;
import dev.zoetrope.vae.Pixels;
import dev.zoetrope.world.video.Video;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The engine behind {@link VideoGenerator}: every {@link Conditioning} becomes windows of given
 * frames for the one sampling core. Input videos are fitted to the requested size; frames the
 * caller gave come back byte for byte. Lengths: {@code request.frames()} is the whole output for
 * text and image-to-video, the number of new frames for Extend and Connect (rounded up to the frame
 * rule when the video must also lead into given frames), and ignored by Edit (output length =
 * input length).
 * <ul>
 *   <li>TextOnly: new frames (one frame = an image); longer than a window, chained extension. A
 *       stated pan or zoom is filmed by the {@link CameraRig} (a pan on a wider canvas).
 *   <li>ImageToVideo: the image is frame 0, given; the rest follows it (from the image held still, noised to
 *       the options' image strength, when that is below 1).
 *   <li>Extend forward: input + new frames; backward: new frames + input; loop: input + new frames
 *       that lead back into the input's first frames.
 *   <li>Connect: first + transition + second.
 *   <li>Edit: the input, re-generated from its latent noised to {@code strength} (SDEdit).
 * </ul>
 */
public final class DiffusionGenerator implements VideoGenerator {
  private final Model model;
  private final PromptEncoder text;
  private final GeneratorOptions options;
  private final String modelId;

  public DiffusionGenerator(Model model, PromptEncoder text, GeneratorOptions options, String modelId) {
    this.model = model;
    this.text = text;
    this.options = options;
    this.modelId = modelId;
    if (text.dimension() != model.config().dit().textDim()) {
      throw new IllegalArgumentException("text encoder width " + text.dimension() + " != model textDim " + model.config().dit().textDim());
    }
    contextNoise(); // a level the model was not trained for is refused before any work
  }

  /** Loads a checkpoint folder with the MiniLM text encoder and default options. */
  public static DiffusionGenerator load(Path checkpointDir) {
    return load(checkpointDir, MiniLmPrompts.shared(), GeneratorOptions.defaults());
  }

  public static DiffusionGenerator load(Path checkpointDir, PromptEncoder text, GeneratorOptions options) {
    Model model = Model.load(checkpointDir, true);
    Path name = checkpointDir.toAbsolutePath().normalize().getFileName();
    return new DiffusionGenerator(model, text, options, name == null ? model.config().name() : name.toString());
  }

  @Override
  public GenerationResult generate(GenerationRequest request, ProgressListener progress) {
    ModelConfig config = model.config();
    config.autoencoder().checkSize(request.width(), request.height(), config.sizeMultiple());
    SamplerConfig sampler = options.sampler().with(
        request.steps() > 0 ? request.steps() : options.sampler().steps(),
        request.guidance() > 0 ? request.guidance() : options.sampler().guidance());
    TextStates prompt = text.encode(request.prompt());
    Optional<CameraRig> rig = cameraRig(request);
    int canvasWidth = rig.map(CameraRig::canvasWidth).orElse(request.width());
    int canvasHeight = rig.map(CameraRig::canvasHeight).orElse(request.height());
    WindowSampler windows = new WindowSampler(model);
    WindowChain chain = new WindowChain(config.autoencoder().temporalDownsample(), options.maxLatentFrames(), options.overlapLatents(),
        (window, seed, listener) -> windows.sample(window, canvasWidth, canvasHeight, prompt, sampler, seed, listener),
        request.seed(), contextNoise());
    List<byte[]> frames = frames(request, chain, progress);
    if (rig.isPresent()) frames = rig.get().film(frames);
    progress.progress(1.0, "done");
    return new GenerationResult(new Video(request.width(), request.height(), request.fps(), frames), request.prompt(), request.seed(), modelId);
  }

  /**
   * The level at which chained windows are handed the frames made before them: the options' own, or
   * half the level the transformer was trained up to.
   */
  public double contextNoise() {
    return contextNoise(model.config().dit(), options);
  }

  /** {@link #contextNoise()} for a transformer of config {@code dit}; a level it was not trained for is refused. */
  public static double contextNoise(DiTConfig dit, GeneratorOptions options) {
    double trained = dit.contextNoise();
    double level = options.contextNoise().orElse(trained / 2);
    if (level > trained) {
      throw new IllegalArgumentException(trained == 0
          ? "this model was trained on clean given frames only: context noise needs one trained with 'train dit --context-noise'"
          : String.format(java.util.Locale.ROOT, "context noise %.2f is above the %.2f this model was trained up to", level, trained));
    }
    return level;
  }

  /** The rig that films {@code request}'s stated pan or zoom, or empty: the rig is off, the request is not text only, or states no move. */
  public Optional<CameraRig> cameraRig(GenerationRequest request) {
    if (!options.cameraRig() || !(request.conditioning() instanceof Conditioning.TextOnly)) return Optional.empty();
    return CameraRig.plan(request.prompt(), request.width(), request.height(), request.frames(), request.fps(), model.config().sizeMultiple());
  }

  private List<byte[]> frames(GenerationRequest request, WindowChain chain, ProgressListener progress) {
    int w = request.width(), h = request.height();
    Conditioning conditioning = request.conditioning();
    if (conditioning instanceof Conditioning.TextOnly) {
      return chain.forward(List.of(), request.frames(), List.of(), null, 1.0, progress);
    } else if (conditioning instanceof Conditioning.ImageToVideo i2v) {
      List<byte[]> image = List.of(Pixels.fit(i2v.image(), w, h).frame(0));
      int count = request.frames() - 1;
      double strength = options.imageStrength();
      List<byte[]> still = strength < 1 ? Collections.nCopies(count, image.get(0)) : null; // SDEdit from the image held still
      return join(image, chain.forward(image, count, List.of(), still, strength, progress));
    } else if (conditioning instanceof Conditioning.Extend extend) {
      List<byte[]> input = Pixels.fit(extend.input(), w, h).frames();
      if (extend.backward()) return join(chain.backward(input, request.frames(), progress), input);
      List<byte[]> suffix = extend.loop() ? chain.suffixOf(input) : List.of();
      return join(input, chain.forward(input, request.frames(), suffix, null, 1.0, progress));
    } else if (conditioning instanceof Conditioning.Connect connect) {
      List<byte[]> first = Pixels.fit(connect.first(), w, h).frames();
      List<byte[]> second = Pixels.fit(connect.second(), w, h).frames();
      return join(join(first, chain.forward(first, request.frames(), chain.suffixOf(second), null, 1.0, progress)), second);
    } else if (conditioning instanceof Conditioning.Edit edit) {
      List<byte[]> input = Pixels.fit(edit.input(), w, h).frames();
      return chain.forward(List.of(), input.size(), List.of(), input, edit.strength(), progress);
    }
    throw new IllegalArgumentException("unsupported conditioning " + conditioning.getClass().getSimpleName());
  }

  private static List<byte[]> join(List<byte[]> a, List<byte[]> b) {
    List<byte[]> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  public Model model() {
    return model;
  }

  public ModelConfig config() {
    return model.config();
  }

  @Override
  public String modelId() {
    return modelId;
  }

  @Override
  public void close() {
    model.close();
  }
}
