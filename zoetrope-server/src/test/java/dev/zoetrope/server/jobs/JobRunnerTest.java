package dev.zoetrope.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.zoetrope.server.media.ResultFiles;
import dev.zoetrope.server.media.ResultWriter;
import dev.zoetrope.world.sample.PlaceablePromptExpander;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobRunnerTest {
  private static final String PROMPT = "a crimson orb drifts westward against a starlit sky";

  @TempDir Path dataDir;

  @Test
  void workersGiveTheModelTheExpandedCaptionAtTheJobsSeed() {
    Job job = job(42);
    String caption = runner(new PlaceablePromptExpander()).request(job).prompt();
    assertEquals(new PlaceablePromptExpander().expand(PROMPT, 42).caption(), caption);
    assertFalse(caption.contains("crimson"), caption);
    assertEquals(caption, runner(new PlaceablePromptExpander()).request(job(42)).prompt(), "a re-run gets the same caption");
    assertEquals(PROMPT, job.prompt(), "the job keeps the prompt as written");
  }

  @Test
  void withoutExpansionTheModelGetsThePromptAsWritten() {
    assertEquals(PROMPT, runner(null).request(job(42)).prompt());
  }

  private JobRunner runner(PlaceablePromptExpander expansion) {
    ResultFiles files = new ResultFiles(dataDir);
    return new JobRunner(files, new ResultWriter(files, null), new FrameTiming(8), expansion);
  }

  private static Job job(long seed) {
    return Job.queued("video_test", "owner", null, "model", PROMPT, 4, new VideoSize(128, 128), JobSpec.text(seed), null, 0, 3);
  }
}
