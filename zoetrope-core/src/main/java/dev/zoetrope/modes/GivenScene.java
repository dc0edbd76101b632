package dev.zoetrope.modes;

import dev.zoetrope.generate.Conditioning;
import dev.zoetrope.world.oracle.Oracle;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.video.Video;
import java.util.List;
import java.util.Objects;

/**
 * What a mode's given frames show, read by the world's oracle, so prompt expansion fills the facts
 * a prompt leaves unstated from them rather than at random ({@code PromptExpansion.expand(prompt,
 * seed, seen)}): "the ball keeps bouncing" beside a red ball on grass stays a red ball on grass.
 *
 * <ul>
 *   <li>image to video: the image's objects, background and occluder; its camera cannot be seen
 *       (null);
 *   <li>extend: the input's end that meets the new frames (its start, backward);
 *   <li>edit: the input's start;
 *   <li>connect: what the end of the first video and the start of the second agree on (objects of
 *       the same shape and colour, the background, the camera, the occluder); the rest stays
 *       unstated.
 * </ul>
 * At most {@link #MAX_FRAMES} frames of a video are read. Text to video gives nothing (null).
 */
public final class GivenScene {
  /** Frames read from a given video: 4 s at 8 fps. */
  public static final int MAX_FRAMES = 32;

  private GivenScene() {}

  /** The facts the given frames show, or null when nothing is given. */
  public static SceneFacts read(Conditioning conditioning) {
    Objects.requireNonNull(conditioning, "conditioning");
    if (conditioning instanceof Conditioning.ImageToVideo image) return withoutCamera(facts(head(image.image())));
    if (conditioning instanceof Conditioning.Extend extend) {
      return facts(extend.backward() ? head(extend.input()) : tail(extend.input()));
    }
    if (conditioning instanceof Conditioning.Edit edit) return facts(head(edit.input()));
    if (conditioning instanceof Conditioning.Connect connect) {
      return common(facts(tail(connect.first())), facts(head(connect.second())));
    }
    return null;
  }

  private static SceneFacts facts(Video video) {
    SceneFacts seen = Holder.ORACLE.read(video).facts();
    return video.frameCount() > 1 ? seen : withoutCamera(seen);
  }

  private static SceneFacts withoutCamera(SceneFacts seen) {
    return new SceneFacts(seen.objects(), seen.background(), null, seen.occluder(), seen.relation());
  }

  /** The facts both readings share; a fact they disagree on is left unstated (null). */
  static SceneFacts common(SceneFacts a, SceneFacts b) {
    List<ObjectFacts> objects = a.objects().stream()
        .filter(o -> b.objects().stream().anyMatch(p -> p.shape() == o.shape() && p.colour() == o.colour()))
        .toList();
    return new SceneFacts(objects, same(a.background(), b.background()), same(a.camera(), b.camera()),
        same(a.occluder(), b.occluder()), null);
  }

  private static <T> T same(T a, T b) {
    return Objects.equals(a, b) ? a : null;
  }

  private static Video head(Video video) {
    return slice(video, 0, Math.min(MAX_FRAMES, video.frameCount()));
  }

  private static Video tail(Video video) {
    return slice(video, Math.max(0, video.frameCount() - MAX_FRAMES), video.frameCount());
  }

  private static Video slice(Video video, int from, int to) {
    return from == 0 && to == video.frameCount() ? video
        : new Video(video.width(), video.height(), video.fps(), video.frames().subList(from, to));
  }

  /** The oracle holds no per-video state; its surface model is built once. */
  private static final class Holder {
    static final Oracle ORACLE = new Oracle();
  }
}
