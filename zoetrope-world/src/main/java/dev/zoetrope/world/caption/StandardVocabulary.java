package dev.zoetrope.world.caption;

import static dev.zoetrope.world.caption.Vocabulary.WordClass.NOUN;
import static dev.zoetrope.world.caption.Vocabulary.WordClass.VERB;
import static dev.zoetrope.world.caption.Vocabulary.WordClass.WORD;

import dev.zoetrope.world.caption.Term.*;
import dev.zoetrope.world.caption.Vocabulary.Entry;
import dev.zoetrope.world.caption.Vocabulary.WordClass;
import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.Speed;
import java.util.ArrayList;
import java.util.List;

/**
 * The word lists of {@link Vocabulary#standard()}. Canonical words are the scene enums' own
 * {@code word()}s. Colours stay exact in captions (no seen synonyms) because colour is what the
 * bench checks most strictly. Words that would collide with another meaning are left out: "left"
 * as the past of "leave", "over" (as in "over time"), "turn" for spinning (it means a colour change).
 */
final class StandardVocabulary {
  private final List<Entry> entries = new ArrayList<>();

  private StandardVocabulary() {}

  static List<Entry> entries() {
    StandardVocabulary v = new StandardVocabulary();
    v.shapes();
    v.attributes();
    v.motions();
    v.directionsAndSpeeds();
    v.settings();
    v.grammar();
    return v.entries;
  }

  private void add(String group, Term term, WordClass wordClass, String canonical, List<String> seen, List<String> unseen) {
    entries.add(new Entry(group, term, wordClass, canonical, seen, unseen));
  }

  private void shapes() {
    add("shape", new ShapeTerm(Shape.BALL), NOUN, Shape.BALL.word(), List.of("circle", "sphere"), List.of("orb", "globe", "disc", "disk"));
    add("shape", new ShapeTerm(Shape.BOX), NOUN, Shape.BOX.word(), List.of("square", "cube", "block"), List.of("crate", "cuboid"));
    add("shape", new ShapeTerm(Shape.TRIANGLE), NOUN, Shape.TRIANGLE.word(), List.of("pyramid"), List.of("wedge"));
    add("shape", new ShapeTerm(Shape.STAR), NOUN, Shape.STAR.word(), List.of("five-pointed star"), List.of("pentagram"));
    add("shape", new ShapeTerm(Shape.RING), NOUN, Shape.RING.word(), List.of("hoop"), List.of("donut", "doughnut", "loop", "annulus"));
    add("shape", new ShapeTerm(Shape.CREATURE), NOUN, Shape.CREATURE.word(), List.of("character"), List.of("critter", "monster", "blob", "fellow"));
    add("shape", new ShapeTerm(Shape.BALL), WORD, null, List.of(), List.of("round", "circular", "spherical"));
    add("shape", new ShapeTerm(Shape.BOX), WORD, null, List.of(), List.of("square-shaped", "cubic", "boxy"));
    add("shape", new ShapeTerm(Shape.TRIANGLE), WORD, null, List.of(), List.of("triangular"));
    add("shape", new ShapeTerm(Shape.STAR), WORD, null, List.of(), List.of("star-shaped"));
    add("shape", new ShapeTerm(Shape.RING), WORD, null, List.of(), List.of("ring-shaped"));
    add("shape", new ShapeTerm(null), NOUN, "object", List.of("shape", "thing"), List.of("item", "figure", "entity", "something"));
  }

  private void attributes() {
    colour(Colour.RED, "scarlet", "crimson");
    colour(Colour.ORANGE, "tangerine", "amber");
    colour(Colour.YELLOW, "golden", "lemon");
    colour(Colour.GREEN, "emerald", "lime");
    colour(Colour.CYAN, "turquoise", "aqua", "teal");
    colour(Colour.BLUE, "cobalt", "azure", "sapphire");
    colour(Colour.PURPLE, "violet", "plum");
    colour(Colour.PINK, "fuchsia", "magenta");
    add("size", new SizeTerm(Size.SMALL), WORD, Size.SMALL.word(), List.of("little"), List.of("tiny", "miniature", "petite"));
    add("size", new SizeTerm(Size.MEDIUM), WORD, Size.MEDIUM.word(), List.of("medium-sized"),
        List.of("mid-sized", "middle-sized", "average-sized", "moderate-sized"));
    add("size", new SizeTerm(Size.LARGE), WORD, Size.LARGE.word(), List.of("big"), List.of("huge", "giant", "enormous", "oversized"));
    add("expression", new ExpressionTerm(Expression.SMILE), WORD, Expression.SMILE.word(), List.of("happy", "cheerful"),
        List.of("grinning", "joyful", "glad", "beaming", "with a smile", "smiles"));
    add("expression", new ExpressionTerm(Expression.FROWN), WORD, Expression.FROWN.word(), List.of("sad", "unhappy"),
        List.of("grumpy", "gloomy", "upset", "scowling", "with a frown", "frowns"));
  }

  private void colour(Colour colour, String... unseen) {
    add("colour", new ColourTerm(colour), WORD, colour.word(), List.of(), List.of(unseen));
  }

  private void motions() {
    motion(MotionKind.STILL, VERB, "stay still", List.of("sit still", "remain still"), List.of("keep still", "stay put", "hold still", "rest in place"));
    motion(MotionKind.STILL, WORD, "does not move", List.of(), List.of("doesn't move", "do not move", "never moves", "is not moving", "isn't moving"));
    motion(MotionKind.MOVE, VERB, "move", List.of("glide", "slide", "drift"), List.of("travel", "head", "cruise", "coast", "go", "wander", "walk", "run", "fly"));
    add("motion", new MotionTerm(MotionKind.MOVE, Direction.UP), VERB, null, List.of(), List.of("rise", "climb", "ascend"));
    add("motion", new MotionTerm(MotionKind.MOVE, Direction.DOWN), VERB, null, List.of(), List.of("sink", "descend", "fall", "drop"));
    motion(MotionKind.BOUNCE, VERB, "bounce", List.of("hop", "bounce up and down", "bounce off the ground"),
        List.of("rebound", "jump", "leap", "bob up and down", "spring"));
    motion(MotionKind.BOUNCE, WORD, null, List.of(),
        List.of("falls and bounces", "fall and bounce", "falling and bouncing", "drops and bounces", "dropping and bouncing"));
    motion(MotionKind.ROLL, VERB, "roll", List.of("roll along"), List.of("trundle", "tumble"));
    motion(MotionKind.SPIN, VERB, "spin", List.of("rotate", "twirl", "spin in place"),
        List.of("whirl", "revolve", "pirouette", "turn in place", "turn around"));
    motion(MotionKind.GROW, VERB, "grow", List.of("expand", "swell", "grow larger"),
        List.of("enlarge", "inflate", "get bigger", "get larger", "scale up", "balloon", "increase in size"));
    motion(MotionKind.SHRINK, VERB, "shrink", List.of("contract", "shrink in size"),
        List.of("dwindle", "deflate", "get smaller", "scale down", "diminish", "decrease in size"));
    motion(MotionKind.ENTER, VERB, "enter", List.of("come into view", "come in"), List.of("arrive", "emerge", "make an entrance"));
    motion(MotionKind.LEAVE, VERB, "leave", List.of("exit"), List.of("depart", "make an exit", "retreat"));
    add("frame edge", new FrameEdgeTerm(MotionKind.ENTER), WORD, "into view", List.of("into the frame"),
        List.of("into the picture", "into the scene", "onto the screen"));
    add("frame edge", new FrameEdgeTerm(MotionKind.LEAVE), WORD, "out of the frame", List.of("out of view"),
        List.of("off screen", "offscreen", "off the screen", "out of the picture", "out of sight"));
    add("colour change", new ChangeTerm(), VERB, "turn", List.of("change", "become"), List.of("fade", "transform", "morph", "switch"));
  }

  private void motion(MotionKind kind, WordClass wordClass, String canonical, List<String> seen, List<String> unseen) {
    add("motion", new MotionTerm(kind, null), wordClass, canonical, seen, unseen);
  }

  private void directionsAndSpeeds() {
    direction(Direction.LEFT, List.of("to the left", "leftward"), List.of("leftwards", "towards the left", "toward the left", "westward"));
    direction(Direction.RIGHT, List.of("to the right", "rightward"), List.of("rightwards", "towards the right", "toward the right", "eastward"));
    direction(Direction.UP, List.of("upward", "top"), List.of("upwards", "skyward", "towards the top", "upper"));
    direction(Direction.DOWN, List.of("downward", "bottom"), List.of("downwards", "towards the bottom", "lower", "earthward"));
    direction(Direction.UP_LEFT, List.of("up and left", "top left"), List.of("to the upper left", "towards the upper left", "up-left", "northwest"));
    direction(Direction.UP_RIGHT, List.of("up and right", "top right"), List.of("to the upper right", "towards the upper right", "up-right", "northeast"));
    direction(Direction.DOWN_LEFT, List.of("down and left", "bottom left"), List.of("to the lower left", "towards the lower left", "down-left", "southwest"));
    direction(Direction.DOWN_RIGHT, List.of("down and right", "bottom right"), List.of("to the lower right", "towards the lower right", "down-right", "southeast"));
    position(Direction.LEFT, "on the left", "on the left side", "at the left", "in the left half");
    position(Direction.RIGHT, "on the right", "on the right side", "at the right", "in the right half");
    position(Direction.UP, "at the top", "near the top", "in the upper half", "up high");
    position(Direction.DOWN, "at the bottom", "near the bottom", "in the lower half", "down low");
    add("speed", new SpeedTerm(Speed.SLOW), WORD, Speed.SLOW.word(), List.of("gently", "leisurely"),
        List.of("lazily", "sluggishly", "unhurriedly", "at a slow pace", "at a crawl", "slow"));
    add("speed", new SpeedTerm(Speed.FAST), WORD, Speed.FAST.word(), List.of("fast", "rapidly"),
        List.of("swiftly", "speedily", "briskly", "at high speed", "in a hurry", "quick"));
  }

  /** Positions only ever come from users: the captioner states relations instead. */
  private void position(Direction side, String... unseen) {
    add("position", new PositionTerm(side), WORD, null, List.of(), List.of(unseen));
  }

  private void direction(Direction direction, List<String> seen, List<String> unseen) {
    add("direction", new DirectionTerm(direction), WORD, direction.word(), seen, unseen);
  }

  private void settings() {
    background(Background.SKY, List.of("daytime sky", "pale sky"), List.of("skies", "heavens", "daylight", "open air"));
    background(Background.GRASS, List.of("grassy field", "grassy ground"), List.of("lawn", "meadow", "turf", "pasture", "grassland"));
    background(Background.SAND, List.of("sandy ground", "beach"), List.of("desert", "dunes", "seashore", "sandbank"));
    background(Background.NIGHT, List.of("starry night sky", "night"),
        List.of("nighttime", "starlit sky", "starry", "midnight", "full of stars", "dotted with stars", "after dark"));
    background(Background.WATER, List.of("rippling water", "pool of water"), List.of("sea", "ocean", "lake", "pond", "waves"));
    background(Background.TILES, List.of("tiled floor", "tile floor"), List.of("tiling", "mosaic", "checkered floor", "tiled", "tile"));
    add("camera", new CameraTerm(), NOUN, "camera", List.of("shot"), List.of("viewpoint", "lens"));
    add("camera", new PanTerm(), VERB, "pan", List.of(), List.of("sweep", "track", "tilt", "truck"));
    add("camera", new CameraMoveTerm(Camera.ZOOM_IN), VERB, "zoom in", List.of("push in"),
        List.of("dolly in", "close in", "zoom closer", "move in closer"));
    add("camera", new CameraMoveTerm(Camera.ZOOM_OUT), VERB, "zoom out", List.of("pull back"),
        List.of("pull out", "dolly out", "widen out", "zoom away", "back away"));
    add("still", new StillTerm(), WORD, "still", List.of("static"),
        List.of("stationary", "motionless", "unmoving", "fixed", "steady", "locked off", "on a tripod", "at rest", "immobile"));
    add("occluder", new OccluderTerm(OccluderKind.WALL), NOUN, OccluderKind.WALL.word(), List.of("pillar"),
        List.of("column", "partition", "post", "barrier"));
    add("occluder", new OccluderTerm(OccluderKind.TREE), NOUN, OccluderKind.TREE.word(), List.of("tree trunk"),
        List.of("trunk", "oak", "pine", "sapling"));
    add("relation", new RelationTerm(Relation.LEFT_OF), WORD, Relation.LEFT_OF.word(), List.of("left of"),
        List.of("on the left side of", "to the left side of", "on the left of", "west of"));
    add("relation", new RelationTerm(Relation.RIGHT_OF), WORD, Relation.RIGHT_OF.word(), List.of("right of"),
        List.of("on the right side of", "to the right side of", "on the right of", "east of"));
    add("relation", new RelationTerm(Relation.ABOVE), WORD, Relation.ABOVE.word(), List.of("higher than"),
        List.of("on top of", "atop", "up above"));
    add("relation", new RelationTerm(Relation.BELOW), WORD, Relation.BELOW.word(), List.of("beneath", "lower than"),
        List.of("under", "underneath", "further down than"));
  }

  private void background(Background background, List<String> seen, List<String> unseen) {
    add("background", new BackgroundTerm(background), WORD, background.word(), seen, unseen);
  }

  private void grammar() {
    add("count", new CountTerm(1), WORD, "a", List.of("an", "one"), List.of("a single", "single", "another"));
    add("count", new CountTerm(2), WORD, "two", List.of("a pair of", "pair of"), List.of("a couple of", "couple of", "2"));
    add("count", new CountTerm(3), WORD, "three", List.of(), List.of("a trio of", "trio of", "3"));
    add("count", new CountTerm(4), WORD, null, List.of(), List.of("four", "4", "five", "5", "six", "6"));
    add("grammar", new DefiniteTerm(), WORD, "the", List.of("this"), List.of("these", "those"));
    add("grammar", new OrdinalTerm(0), WORD, "first", List.of(), List.of("1st"));
    add("grammar", new OrdinalTerm(1), WORD, "second", List.of(), List.of("2nd"));
    add("grammar", new OrdinalTerm(2), WORD, "third", List.of(), List.of("3rd"));
    add("grammar", new PronounTerm(false), WORD, "it", List.of("its"), List.of("itself"));
    add("grammar", new PronounTerm(true), WORD, "they", List.of("both", "them", "their"), List.of("all", "each"));
    add("grammar", new RelativeTerm(), WORD, "which", List.of("that", "who"), List.of("whose"));
    add("grammar", new AndTerm(), WORD, "and", List.of(), List.of("plus", "along with", "together with", "with"));
    add("grammar", new CommaTerm(), WORD, ",", List.of(), List.of());
    add("grammar", new FromTerm(), WORD, "from", List.of(), List.of());
    add("grammar", new BoundaryTerm(), WORD, ".", List.of("while", "as"), List.of("whereas", "meanwhile", "but"));
    add("grammar", new FillerTerm(), WORD, "up and down", List.of(), List.of("back and forth", "side to side", "to and fro"));
  }
}
