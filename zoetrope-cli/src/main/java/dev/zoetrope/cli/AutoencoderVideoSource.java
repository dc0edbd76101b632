package dev.zoetrope.cli;

import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.generate.GeneratorOptions;
import dev.zoetrope.vae.RoundTrip;
import dev.zoetrope.world.bench.EntryClip;
import dev.zoetrope.world.bench.GroundTruth;
import dev.zoetrope.world.bench.SuiteEntry;
import dev.zoetrope.world.bench.VideoSource;
import java.nio.file.Path;

/**
 * The autoencoder's ceiling as a {@link VideoSource}: each entry's ground truth through a
 * checkpoint's autoencoder and back, in the windows generation decodes. No transformer on this
 * autoencoder can score above it, so it tells whether the autoencoder or the transformer is what
 * holds a model back.
 */
final class AutoencoderVideoSource implements VideoSource, AutoCloseable {
  private final Model model;
  private final String name;
  private final GroundTruth truth = new GroundTruth();
  private final int windowFrames;

  AutoencoderVideoSource(Path checkpoint) {
    this.model = Model.load(checkpoint, false);
    Path file = checkpoint.toAbsolutePath().normalize().getFileName();
    this.name = file == null ? checkpoint.toString() : file.toString();
    int t = model.config().autoencoder().temporalDownsample();
    this.windowFrames = 1 + t * (GeneratorOptions.defaults().maxLatentFrames() - 1);
  }

  @Override
  public EntryClip clip(SuiteEntry entry) {
    model.config().autoencoder().checkSize(entry.width(), entry.height(), model.config().sizeMultiple());
    EntryClip ideal = truth.render(entry);
    return new EntryClip(entry, RoundTrip.reconstruct(model.autoencoder(), ideal.output(), windowFrames), ideal.inputs());
  }

  @Override
  public String describe() {
    return "ground truth through the autoencoder of " + name;
  }

  @Override
  public boolean parallel() {
    return false;
  }

  @Override
  public void close() {
    model.close();
  }
}
