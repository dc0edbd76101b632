package dev.zoetrope.world.caption;

import dev.zoetrope.world.caption.Vocabulary.Lexis;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.SceneFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Recaptioning: turns a complete scene description into the captions a clip is trained with.
 * Deterministic in (facts, seed); uses only canonical words and seen synonyms, and every caption
 * reads back through {@link CaptionParser} to the facts it states (the detailed caption and the
 * paraphrases state all of them).
 */
public final class Captioner {
  public static final int SHORT_MAX_WORDS = 12;
  public static final int DETAILED_MIN_WORDS = 30;
  public static final int PARAPHRASES = 3;

  private Captioner() {}

  /** The captions of a scene, seeded by the scene's own seed. */
  public static Captions captions(Scene scene) {
    return captions(SceneFacts.of(scene), scene.seed());
  }

  /** Captions of complete facts; throws {@link IllegalArgumentException} for incomplete ones. */
  public static Captions captions(SceneFacts full, long seed) {
    FactRules.requireComplete(full);
    String shortPrompt = new ShortPrompt(full, phrasing(seed, 0, Lexis.SEEN)).write(SHORT_MAX_WORDS);
    Sentences detailed = new Sentences(full, phrasing(seed, 1, Lexis.SEEN));
    String detailedText = detailed.padTo(standard(detailed), DETAILED_MIN_WORDS);
    List<String> paraphrases = new ArrayList<>();
    paraphrases.add(cameraFirst(new Sentences(full, phrasing(seed, 2, Lexis.SEEN))));
    paraphrases.add(relationFirst(new Sentences(full, phrasing(seed, 3, Lexis.SEEN)), full));
    paraphrases.add(settingLast(new Sentences(full, phrasing(seed, 4, Lexis.SEEN))));
    return new Captions(shortPrompt, detailedText, paraphrases);
  }

  /** Every caption of the clip (short, detailed, paraphrases) for training to sample from. */
  public static List<String> all(SceneFacts full, long seed) {
    return captions(full, seed).all();
  }

  /**
   * A complete description written with unseen synonyms wherever the vocabulary has them: text a
   * model trained on {@link #captions} never saw, stating the same facts. For the paraphrase suite.
   */
  public static String unseenParaphrase(SceneFacts full, long seed) {
    FactRules.requireComplete(full);
    Random style = new Random(mix(seed, 5));
    Sentences s = new Sentences(full, phrasing(seed, 6, Lexis.UNSEEN));
    return switch (style.nextInt(3)) {
      case 0 -> standard(s);
      case 1 -> cameraFirst(s);
      default -> settingLast(s);
    };
  }

  /** Count and setting, each object, relation, occluder, camera. */
  private static String standard(Sentences s) {
    List<String> out = new ArrayList<>();
    out.add(s.intro());
    for (int i = 0; i < s.objectCount(); i++) out.add(s.introduce(i));
    addIfPresent(out, s.relation());
    addIfPresent(out, s.occluder());
    out.add(s.camera());
    return String.join(" ", out);
  }

  /** Camera, setting, objects, occluder, relation. */
  private static String cameraFirst(Sentences s) {
    List<String> out = new ArrayList<>();
    out.add(s.camera());
    out.add(s.setting());
    for (int i = 0; i < s.objectCount(); i++) out.add(s.introduce(i));
    addIfPresent(out, s.occluder());
    addIfPresent(out, s.relation());
    return String.join(" ", out);
  }

  /** The relation introduces the first two objects; their motions follow by reference. */
  private static String relationFirst(Sentences s, SceneFacts facts) {
    if (facts.relation() == null) return settingLast(s);
    List<String> out = new ArrayList<>();
    out.add(s.introduceRelated());
    out.add(s.describe(0));
    out.add(s.describe(1));
    for (int i = 2; i < s.objectCount(); i++) out.add(s.introduce(i));
    out.add(s.setting());
    addIfPresent(out, s.occluder());
    out.add(s.camera());
    return String.join(" ", out);
  }

  /** Objects, relation, occluder, then where it happens and the camera. */
  private static String settingLast(Sentences s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.objectCount(); i++) out.add(s.introduce(i));
    addIfPresent(out, s.relation());
    addIfPresent(out, s.occluder());
    out.add(s.setting());
    out.add(s.camera());
    return String.join(" ", out);
  }

  private static void addIfPresent(List<String> out, String sentence) {
    if (sentence != null) out.add(sentence);
  }

  private static Phrasing phrasing(long seed, int stream, Lexis lexis) {
    return new Phrasing(new Random(mix(seed, stream)), lexis);
  }

  /** Independent streams per caption style, so changing one style leaves the others unchanged. */
  private static long mix(long seed, int stream) {
    long z = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
