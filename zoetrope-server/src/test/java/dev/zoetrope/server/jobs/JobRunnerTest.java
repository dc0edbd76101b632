package dev.zoetrope.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.zoetrope.server.media.ResultFiles;
import dev.zoetrope.server.media.ResultWriter;
import dev.zoetrope.media.PngIO;
import dev.zoetrope.world.caption.CaptionParser;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.PlaceablePromptExpander;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.Shape;
import java.nio.file.Files;
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
  void anImageJobsExpansionTakesTheBackgroundTheImageShows() throws Exception {
    Scene scene = new SceneSampler(WorldSpec.training()).sample(5);
    Path image = dataDir.resolve("inputs/video_image/start.png");
    Files.createDirectories(image.getParent());
    PngIO.write(Renderer.render(scene, new RenderSpec(128, 128, 8, 1)).video(), 0, image);
    String prompt = "a box slides right";
    Job job = Job.queued("video_image", "owner", null, "model", prompt, 4, new VideoSize(128, 128),
        new JobSpec(JobMode.IMAGE_TO_VIDEO, 42, null, null, "inputs/video_image/start.png", 0, false), null, 0, 3);
    assertNotEquals(scene.background(), CaptionParser.parse(new PlaceablePromptExpander().expand(prompt, 42).caption()).background(),
        "without the image, the seed draws another background");
    String caption = runner(new PlaceablePromptExpander()).request(job).prompt();
    assertEquals(scene.background(), CaptionParser.parse(caption).background(), caption);
    assertEquals(Shape.BOX, CaptionParser.parse(caption).objects().get(0).shape(), caption);
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
