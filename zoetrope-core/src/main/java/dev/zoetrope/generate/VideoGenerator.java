package dev.zoetrope.generate;

/**
 * The one thing the CLI and the server call to make a video. Implementations hold a model and are
 * safe to call from one thread at a time; {@link #close()} frees the model.
 */
public interface VideoGenerator extends AutoCloseable {

  /** Runs a generation; throws {@link IllegalArgumentException} for requests the model cannot serve. */
  GenerationResult generate(GenerationRequest request, ProgressListener progress);

  /** Identifier of the loaded model, e.g. "zoetrope-world". */
  String modelId();

  @Override
  void close();
}
