package dev.zoetrope.world.bench;

import dev.zoetrope.world.caption.CaptionParser;
import dev.zoetrope.world.caption.Captioner;
import dev.zoetrope.world.caption.Vocabulary;
import dev.zoetrope.world.oracle.BounceFit;
import dev.zoetrope.world.render.FrameTruth;
import dev.zoetrope.world.render.ObjectMotion;
import dev.zoetrope.world.render.ObjectTruth;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.Composition;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.SceneFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Writes the frozen suites. The files it wrote are committed and not regenerated when the
 * captioner changes (that must not move the goalposts); only when a change to the world's sampler
 * or renderer draws other ideal videos for them, which SuiteTest notices:
 * <pre>java -cp ... dev.zoetrope.world.bench.SuiteGenerator zoetrope-world/src/main/resources/suites</pre>
 * Prompts are the captioner's own short prompts (user style) or, for the paraphrase suite, its
 * unseen-word descriptions; the expected facts are what the parser reads from the prompt, checked
 * to be true of the scene the prompt came from, drawable by the full world, and visible in the
 * ideal video ({@link #shows}).
 */
public final class SuiteGenerator {
  static final int MAIN_SIZE = 120;
  static final int SMALL_SIZE = 40;
  static final int LONG_SIZE = 24;
  static final int[][] SIZES = {{128, 128}, {256, 144}, {144, 256}};
  static final double FPS = 8;
  /** Radius in pixels below which an object's shape and face are lost in the pixel grid. */
  static final double MIN_RADIUS = 3;

  private final SceneSampler training = new SceneSampler(WorldSpec.training());
  private final SceneSampler full = new SceneSampler(WorldSpec.full());

  public static void main(String[] args) throws IOException {
    if (args.length != 1) throw new IllegalArgumentException("usage: SuiteGenerator OUTPUT_DIR");
    Path dir = Files.createDirectories(Path.of(args[0]));
    for (Suite suite : new SuiteGenerator().all()) {
      Files.writeString(dir.resolve(suite.name() + ".jsonl"), suite.toJsonl(), StandardCharsets.UTF_8);
      System.out.println(suite.name() + ": " + suite.entries().size() + " entries");
    }
  }

  List<Suite> all() {
    return List.of(
        suite("in_distribution", MAIN_SIZE, 10_000, i -> t2v(i, 4)),
        heldOut(),
        suite("long", LONG_SIZE, 20_000, i -> t2v(i, new double[] {20, 30, 40, 60}[(int) (i % 4)])),
        suite("paraphrase", MAIN_SIZE, 30_000, this::paraphrase),
        suite("i2v", SMALL_SIZE, 40_000, i -> conditioned(i, Mode.I2V, 4, List.of(new ClipWindow(0, 0)))),
        suite("extend", SMALL_SIZE, 50_000, i -> conditioned(i, Mode.EXTEND, 2, List.of(new ClipWindow(0, 2)))),
        suite("connect", SMALL_SIZE, 60_000, i -> conditioned(i, Mode.CONNECT, 2,
            List.of(new ClipWindow(0, 1.5), new ClipWindow(3.5, 5)))));
  }

  /** A draft entry: prompt and facts for a seed, or null when that seed gives no usable prompt. */
  private record Draft(long seed, String prompt, SceneFacts expected, double seconds, Mode mode, List<ClipWindow> inputs) {}

  private Suite suite(String name, int size, long firstSeed, Function<Long, Draft> draft) {
    List<SuiteEntry> entries = new ArrayList<>();
    for (long seed = firstSeed; entries.size() < size; seed++) {
      Draft d = draft.apply(seed);
      if (d == null) continue;
      int[] frame = SIZES[entries.size() % SIZES.length];
      String id = String.format(Locale.ROOT, "%s-%03d", name, entries.size() + 1);
      SuiteEntry entry = new SuiteEntry(id, d.prompt(), d.seed(), frame[0], frame[1], d.seconds(), FPS, d.mode(), d.inputs(), d.expected());
      if (shows(entry)) entries.add(entry);
    }
    return new Suite(name, entries);
  }

  /**
   * Whether the ideal video of an entry shows what its prompt states, judged on the renderer's own
   * truth (never the oracle): every object at least 60% visible and at least {@link #MIN_RADIUS}
   * pixels in radius (a long zoom out shrinks objects below a pixel) in at least half of the
   * frames, no two objects of one colour touching in more than a quarter of them (one blob),
   * an object that changes colour still in view, mostly, over the last fifth of the clip, and a
   * stated bounce with a flight long enough to weigh.
   */
  static boolean shows(SuiteEntry entry) {
    Scene scene = new GroundTruth().scene(entry, entry.seed());
    RenderSpec spec = new RenderSpec(entry.width(), entry.height(), entry.fps(), GroundTruth.timelineFrames(entry));
    int frames = spec.frames();
    List<FrameTruth> truth = Renderer.render(scene, spec).truth();
    int n = scene.objects().size();
    List<ObjectFacts> stated = entry.expected().objects();
    for (int i = 0; i < n; i++) {
      if (i < stated.size() && stated.get(i).motion() == MotionKind.BOUNCE && !weighable(scene, i, spec)) return false;
      int visible = 0;
      int late = 0;
      int lateVisible = 0;
      for (FrameTruth frame : truth) {
        ObjectTruth t = frame.object(i);
        if (t.visibleFraction() >= 0.6 && t.radius() >= MIN_RADIUS) visible++;
        if (frame.index() >= 0.8 * frames) {
          late++;
          if (t.visibleFraction() >= 0.5) lateVisible++;
        }
      }
      if (visible < frames / 2.0) return false;
      if (scene.objects().get(i).changesTo() != null && lateVisible < late / 2.0) return false;
      for (int j = i + 1; j < n; j++) {
        if (scene.objects().get(i).colour() != scene.objects().get(j).colour()) continue;
        int touching = 0;
        for (FrameTruth frame : truth) if (touch(frame.object(i), frame.object(j))) touching++;
        if (touching > frames / 4.0) return false;
      }
    }
    return true;
  }

  /**
   * Whether a bounce can be weighed in the ideal video: the object's true heights, frame by frame,
   * hold a flight the oracle's parabola fit accepts (enough frames between floor contacts, rising
   * or falling far enough). A ball dropped from just above the floor only hops.
   */
  static boolean weighable(Scene scene, int object, RenderSpec spec) {
    ObjectMotion motion = new ObjectMotion(scene, object, spec);
    double[] t = new double[spec.frames()];
    double[] heights = new double[spec.frames()];
    for (int k = 0; k < spec.frames(); k++) {
      t[k] = k / spec.fps();
      heights[k] = motion.state(t[k]).y() / spec.height();
    }
    return !BounceFit.of(t, heights).gravities().isEmpty();
  }

  private static boolean touch(ObjectTruth a, ObjectTruth b) {
    if (!a.visible() || !b.visible()) return false;
    return a.box().x0() <= b.box().x1() + 2 && b.box().x0() <= a.box().x1() + 2
        && a.box().y0() <= b.box().y1() + 2 && b.box().y0() <= a.box().y1() + 2;
  }

  private Draft t2v(long seed, double seconds) {
    return shortPrompt(seed, seconds, Mode.T2V, List.of());
  }

  private Draft conditioned(long seed, Mode mode, double seconds, List<ClipWindow> inputs) {
    return shortPrompt(seed, seconds, mode, inputs);
  }

  /**
   * A user-style prompt of a training scene. Unconstrained scenes have no spatial relation, so
   * every fourth seed draws two objects in one (left of, right of, above, below in turn), and its
   * prompt is the first short caption that states it.
   */
  private Draft shortPrompt(long seed, double seconds, Mode mode, List<ClipWindow> inputs) {
    SceneFacts scene = SceneFacts.of(training.sample(seed, constraint(seed)));
    for (long captionSeed = seed; captionSeed < seed + 40; captionSeed++) {
      Draft draft = checked(seed, Captioner.captions(scene, captionSeed).shortPrompt(), scene, seconds, mode, inputs);
      if (draft == null) return null;
      if (scene.relation() == null || draft.expected().relation() != null) return draft;
    }
    return null;
  }

  /** Nothing, or for every fourth seed two objects in a relation. */
  static SceneFacts constraint(long seed) {
    if (Math.floorMod(seed, 4) != 3) return new SceneFacts(List.of(), null, null, null, null);
    ObjectFacts any = new ObjectFacts(null, null, null, null, null, null, null, null);
    Relation relation = Relation.values()[(int) Math.floorMod(seed / 4, Relation.values().length)];
    return new SceneFacts(List.of(any, any), null, null, null, relation);
  }

  /** A complete description in words the captioner never uses. */
  private Draft paraphrase(long seed) {
    SceneFacts scene = SceneFacts.of(training.sample(seed, constraint(seed)));
    String prompt = Captioner.unseenParaphrase(scene, seed);
    if (!usesUnseenWords(prompt)) return null;
    return checked(seed, prompt, scene, 4, Mode.T2V, List.of());
  }

  /** Scenes built around one held-out composition each, whose prompt states that composition. */
  private Suite heldOut() {
    List<Composition> held = WorldSpec.heldOut();
    List<SuiteEntry> entries = new ArrayList<>();
    for (long seed = 70_000; entries.size() < MAIN_SIZE; seed++) {
      Composition composition = held.get(entries.size() % held.size());
      SceneFacts constraint = new SceneFacts(
          List.of(new ObjectFacts(composition.shape(), composition.colour(), null, null, composition.motion(),
              composition.direction(), null, null)),
          null, null, null, null);
      SceneFacts scene = SceneFacts.of(full.sample(seed, constraint));
      Draft draft = null;
      for (long captionSeed = seed; captionSeed < seed + 40 && draft == null; captionSeed++) {
        Draft candidate = checked(seed, Captioner.captions(scene, captionSeed).shortPrompt(), scene, 4, Mode.T2V, List.of());
        if (candidate != null && candidate.expected().objects().stream().anyMatch(composition::matches)) draft = candidate;
      }
      if (draft == null) continue;
      int[] frame = SIZES[entries.size() % SIZES.length];
      String id = String.format(Locale.ROOT, "held_out-%03d", entries.size() + 1);
      SuiteEntry entry = new SuiteEntry(id, draft.prompt(), seed, frame[0], frame[1], 4, FPS, Mode.T2V, List.of(), draft.expected());
      if (shows(entry)) entries.add(entry);
    }
    return new Suite("held_out", entries);
  }

  /**
   * The parser's reading of a prompt, if every fact it states is true of the scene and the full
   * world can draw it; null otherwise.
   */
  private Draft checked(long seed, String prompt, SceneFacts scene, double seconds, Mode mode, List<ClipWindow> inputs) {
    SceneFacts expected = CaptionParser.parse(prompt);
    if (expected.objects().isEmpty() || !trueOf(expected, scene)) return null;
    try {
      full.sample(seed, expected);
    } catch (IllegalArgumentException e) {
      return null;
    }
    return new Draft(seed, prompt, expected, seconds, mode, inputs);
  }

  static boolean trueOf(SceneFacts stated, SceneFacts scene) {
    if (stated.objects().size() != scene.objects().size()) return false;
    if (!agrees(stated.background(), scene.background()) || !agrees(stated.camera(), scene.camera())
        || !agrees(stated.occluder(), scene.occluder()) || !agrees(stated.relation(), scene.relation())) {
      return false;
    }
    for (int i = 0; i < stated.objects().size(); i++) {
      ObjectFacts s = stated.objects().get(i);
      ObjectFacts f = scene.objects().get(i);
      if (!agrees(s.shape(), f.shape()) || !agrees(s.colour(), f.colour()) || !agrees(s.size(), f.size())
          || !agrees(s.expression(), f.expression()) || !agrees(s.motion(), f.motion())
          || !agrees(s.direction(), f.direction()) || !agrees(s.speed(), f.speed()) || !agrees(s.changesTo(), f.changesTo())) {
        return false;
      }
    }
    return true;
  }

  private static boolean agrees(Object stated, Object actual) {
    return stated == null || stated.equals(actual);
  }

  private static final Set<String> UNSEEN = unseenWords();

  private static Set<String> unseenWords() {
    Set<String> words = new TreeSet<>();
    for (Vocabulary.Entry e : Vocabulary.standard().entries()) {
      for (String w : e.unseen()) words.add(w.toLowerCase(Locale.ROOT));
    }
    return words;
  }

  static boolean usesUnseenWords(String prompt) {
    String text = " " + prompt.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ") + " ";
    return UNSEEN.stream().anyMatch(w -> text.contains(" " + w + " ") || text.contains(" " + w + "s "));
  }
}
