package dev.zoetrope.server.jobs;

import dev.zoetrope.generate.Conditioning;
import dev.zoetrope.generate.GenerationRequest;
import dev.zoetrope.generate.GenerationResult;
import dev.zoetrope.generate.ProgressListener;
import dev.zoetrope.generate.VideoGenerator;
import dev.zoetrope.modes.GivenScene;
import dev.zoetrope.server.media.MediaReader;
import dev.zoetrope.server.media.ResultFiles;
import dev.zoetrope.server.media.ResultWriter;
import dev.zoetrope.server.media.Variant;
import dev.zoetrope.world.caption.PromptExpansion;
import dev.zoetrope.world.video.Video;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one job: its spec becomes a generation request (the mode is only the conditioning), then
 * files. With a prompt expansion the model gets the expanded caption (at the job's seed, so a job
 * run again after a lost lease gets the same one); the job keeps the prompt as written.
 */
public final class JobRunner {
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
  private static final int MAX_INPUT_FRAMES = 2000;

  private final ResultFiles files;
  private final ResultWriter writer;
  private final FrameTiming timing;
  private final PromptExpansion expansion;

  /** {@code expansion} null gives the model each prompt as written. */
  public JobRunner(ResultFiles files, ResultWriter writer, FrameTiming timing, PromptExpansion expansion) {
    this.files = files;
    this.writer = writer;
    this.timing = timing;
    this.expansion = expansion;
  }

  public void run(Job job, VideoGenerator generator, ProgressListener progress) {
    GenerationResult result = generator.generate(request(job), progress);
    writer.write(job.id(), result);
  }

  /**
   * For text and image jobs {@code frames} is the whole video; for extensions and connections it
   * is the new frames (the generator returns the input with them added); edits keep their input's
   * length whatever it says.
   */
  GenerationRequest request(Job job) {
    JobSpec spec = job.spec();
    boolean adds = spec.mode() == JobMode.EXTEND || spec.mode() == JobMode.CONNECT;
    int frames = adds ? timing.frames(job.seconds()) - 1 : timing.frames(job.seconds());
    Conditioning conditioning = conditioning(job);
    return new GenerationRequest(prompt(job, conditioning), job.size().width(), job.size().height(), frames, timing.fps(),
        spec.seed(), 0, 0, conditioning);
  }

  /** The job's prompt, expanded unless expansion is off; given frames fill what it leaves unstated ({@link GivenScene}). */
  private String prompt(Job job, Conditioning conditioning) {
    if (expansion == null) return job.prompt();
    String caption = expansion.expand(job.prompt(), job.spec().seed(), GivenScene.read(conditioning)).caption();
    LOG.info("job {}: expanded prompt: {}", job.id(), caption);
    return caption;
  }

  private Conditioning conditioning(Job job) {
    JobSpec spec = job.spec();
    return switch (spec.mode()) {
      case TEXT -> new Conditioning.TextOnly();
      case IMAGE_TO_VIDEO -> new Conditioning.ImageToVideo(image(spec.inputFile(), job.size()));
      case REMIX -> new Conditioning.Edit(finished(spec.sourceVideoId(), job.size()), spec.strength());
      case EDIT -> new Conditioning.Edit(spec.sourceVideoId() != null
          ? finished(spec.sourceVideoId(), job.size())
          : MediaReader.readVideo(files.resolveInput(spec.inputFile()), job.size().width(), job.size().height(), MAX_INPUT_FRAMES),
          spec.strength());
      case EXTEND -> new Conditioning.Extend(finished(spec.sourceVideoId(), job.size()), spec.backward(), false);
      case CONNECT -> new Conditioning.Connect(finished(spec.sourceVideoId(), job.size()), finished(spec.secondVideoId(), job.size()));
    };
  }

  private Video finished(String videoId, VideoSize size) {
    return MediaReader.readVideo(files.file(videoId, Variant.VIDEO), size.width(), size.height(), MAX_INPUT_FRAMES);
  }

  private Video image(String relativePath, VideoSize size) {
    try {
      var image = ImageIO.read(files.resolveInput(relativePath).toFile());
      if (image == null) throw new IllegalArgumentException("the stored reference image is unreadable");
      return MediaReader.imageAsVideo(image, size.width(), size.height(), timing.fps());
    } catch (IOException e) {
      throw new UncheckedIOException("reading the reference image of a job", e);
    }
  }
}
