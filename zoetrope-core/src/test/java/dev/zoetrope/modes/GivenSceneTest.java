package dev.zoetrope.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zoetrope.generate.Conditioning;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.video.Video;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GivenSceneTest {
  private static final SceneSampler SAMPLER = new SceneSampler(WorldSpec.training());

  @Test
  void textGivesNothing() {
    assertNull(GivenScene.read(new Conditioning.TextOnly()));
  }

  @Test
  void anImageShowsItsBackgroundAndObjectsButNoCamera() {
    for (long seed = 0; seed < 8; seed++) {
      Scene scene = SAMPLER.sample(seed);
      Video image = Renderer.render(scene, new RenderSpec(128, 128, 8, 1)).video();
      SceneFacts seen = GivenScene.read(new Conditioning.ImageToVideo(image));
      assertEquals(scene.background(), seen.background(), "seed " + seed);
      assertEquals(appearance(SceneFacts.of(scene)), appearance(seen), "seed " + seed);
      assertNull(seen.camera(), "one image shows no camera motion");
    }
  }

  @Test
  void anExtensionReadsTheEndThatMeetsTheNewFrames() {
    Scene scene = SAMPLER.sample(3);
    Video clip = Renderer.render(scene, new RenderSpec(128, 128, 8, 48)).video();
    SceneFacts forward = GivenScene.read(new Conditioning.Extend(clip, false, false));
    long start = System.nanoTime();
    SceneFacts backward = GivenScene.read(new Conditioning.Extend(clip, true, false));
    System.out.printf("read %d frames in %.2f s%n", GivenScene.MAX_FRAMES, (System.nanoTime() - start) / 1e9);
    assertEquals(scene.background(), forward.background());
    assertEquals(new dev.zoetrope.world.oracle.Oracle().read(slice(clip, 16, 48)).facts(), forward);
    assertEquals(new dev.zoetrope.world.oracle.Oracle().read(slice(clip, 0, 32)).facts(), backward);
  }

  @Test
  void aConnectionKeepsOnlyWhatBothVideosShow() {
    ObjectFacts redBall = new ObjectFacts(Shape.BALL, Colour.RED, null, null, null, null, null, null);
    ObjectFacts blueBox = new ObjectFacts(Shape.BOX, Colour.BLUE, null, null, null, null, null, null);
    ObjectFacts blueBall = new ObjectFacts(Shape.BALL, Colour.BLUE, null, null, null, null, null, null);
    SceneFacts first = new SceneFacts(List.of(redBall, blueBox), Background.GRASS, Camera.STATIC, OccluderKind.TREE, Relation.LEFT_OF);
    SceneFacts second = new SceneFacts(List.of(blueBall, blueBox), Background.GRASS, Camera.PAN_LEFT, OccluderKind.TREE, Relation.LEFT_OF);
    assertEquals(new SceneFacts(List.of(blueBox), Background.GRASS, null, OccluderKind.TREE, null), GivenScene.common(first, second));
  }

  /** Each object's shape, colour and size, in no order. */
  private static Set<List<Object>> appearance(SceneFacts facts) {
    return facts.objects().stream().map(o -> List.<Object>of(o.shape(), o.colour(), o.size())).collect(Collectors.toSet());
  }

  private static Video slice(Video v, int from, int to) {
    return new Video(v.width(), v.height(), v.fps(), v.frames().subList(from, to));
  }
}
