package dev.zoetrope.world.caption;

import dev.zoetrope.world.caption.Inflection.Form;
import dev.zoetrope.world.caption.Lexicon.Lexeme;
import dev.zoetrope.world.caption.Term.*;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.Speed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads lexemes left to right. A noun phrase names or refers to objects and makes them the
 * clause's subject; verbs, directions, speeds and colour changes attach to the subject; a relation
 * links the subject to the next noun phrase. Clause state is reset at boundaries; the subject
 * survives them so "It rolls left." still knows what "it" is.
 */
final class ParseState {
  private final SceneDraft scene = new SceneDraft();
  private final NounPhrases phrases = new NounPhrases(scene);
  private final PendingPhrase pending = phrases.pending();

  private List<Integer> subject = List.of();
  private boolean cameraSubject;
  /** Noun phrases joined by "and" with no verb yet: a plural verb describes them all. */
  private List<Integer> coordination = new ArrayList<>();
  private List<Integer> lastNounPhrase = List.of();
  private final List<Integer> recent = new ArrayList<>();
  private List<Integer> verbTargets;
  private boolean joinNext;
  private boolean afterAnd;
  private boolean mentionedInClause;
  private Direction pendingDirection;
  private Speed pendingSpeed;
  private boolean panPending;
  private boolean changePending;
  private boolean fromPending;
  private PendingRelation relation;
  private Term previous;
  private boolean justClosedNoun;

  /** "left is r of right"; either side may still be unknown. */
  private record PendingRelation(Relation relation, Integer left, Integer right) {}

  SceneDraft read(List<Lexeme> lexemes) {
    for (Lexeme lexeme : lexemes) {
      boolean closedBefore = justClosedNoun;
      boolean joined = afterAnd;
      justClosedNoun = false;
      afterAnd = false;
      accept(lexeme, closedBefore, joined);
      previous = lexeme.term();
    }
    endClause();
    return scene;
  }

  private void accept(Lexeme lexeme, boolean afterNoun, boolean joined) {
    Term term = lexeme.term();
    if (term instanceof ShapeTerm s) {
      shape(s, lexeme.form(), afterNoun);
    } else if (term instanceof CountTerm c) {
      count(c, lexeme.surface().equals("one"), afterNoun, joined);
    } else if (term instanceof DefiniteTerm) {
      determiner(null, true, false, joined);
    } else if (term instanceof OrdinalTerm o) {
      pending.ordinal = o.index();
    } else if (term instanceof SizeTerm s) {
      phrases.beforeAdjective(term, joined);
      pending.size = s.size();
    } else if (term instanceof ExpressionTerm e) {
      phrases.beforeAdjective(term, joined);
      pending.expression = e.expression();
    } else if (term instanceof ColourTerm c) {
      colour(c, joined);
    } else if (term instanceof MotionTerm m) {
      motion(m, lexeme.form());
    } else if (term instanceof StillTerm) {
      pending.still = true; // like an adjective: "a static camera", "the ball is still"
    } else if (term instanceof FrameEdgeTerm f) {
      frameEdge(f);
    } else if (term instanceof DirectionTerm d) {
      direction(d.direction());
    } else if (term instanceof SpeedTerm s) {
      speed(s.speed());
    } else if (term instanceof PositionTerm p) {
      leaveNounPhrase();
      if (!cameraSubject && !subject.isEmpty()) scene.offerPosition(subject.get(0), p.side());
    } else if (term instanceof ChangeTerm) {
      leaveNounPhrase();
      changePending = true;
    } else if (term instanceof FromTerm) {
      leaveNounPhrase();
      fromPending = true;
    } else if (term instanceof RelationTerm r && panPending && horizontal(r.relation())) {
      direction(r.relation() == Relation.LEFT_OF ? Direction.LEFT : Direction.RIGHT); // "pans to the left of the ball"
    } else if (term instanceof RelationTerm r) {
      leaveNounPhrase();
      Integer left = mentionedInClause && !cameraSubject && !subject.isEmpty() ? subject.get(0) : null;
      relation = new PendingRelation(r.relation(), left, null);
    } else if (term instanceof BackgroundTerm b) {
      phrases.abandon();
      relation = null;
      scene.offerBackground(b.background());
    } else if (term instanceof OccluderTerm o) {
      phrases.abandon();
      relation = null;
      scene.offerOccluder(o.kind());
    } else if (term instanceof CameraTerm) {
      camera();
    } else if (term instanceof PanTerm) {
      leaveNounPhraseKeepingDeterminer();
      panPending = true;
      pendingSpeed = null;
    } else if (term instanceof CameraMoveTerm m) {
      leaveNounPhrase();
      scene.offerCamera(m.camera());
      pendingSpeed = null;
    } else if (term instanceof PronounTerm p) {
      pronoun(p);
    } else if (term instanceof RelativeTerm) {
      flushPredicate();
      if (!lastNounPhrase.isEmpty()) setSubject(lastNounPhrase);
    } else if (term instanceof AndTerm || term instanceof CommaTerm) {
      join();
    } else if (term instanceof BoundaryTerm) {
      endClause();
    }
    // FillerTerm: recognised only so that its words are not read as directions.
  }

  private void shape(ShapeTerm s, Form form, boolean afterNoun) {
    if (form == Form.PLAIN) {
      pending.shape = s.shape(); // a shape adjective: "a triangular object"
    } else if (s.shape() != null || !afterNoun) { // "a star shape": the noun was already read
      closeNounPhrase(s.shape(), form == Form.PLURAL);
      justClosedNoun = true;
    }
  }

  private void count(CountTerm c, boolean one, boolean afterNoun, boolean joined) {
    if (one && pending.inProgress() && !pending.one) {
      closeNounPhrase(null, false); // "the blue one"
    } else if (one && afterNoun) {
      return; // "a red ball and a blue one" already closed on "ball"
    } else {
      if (one && pending.one && pending.hasAdjectives()) closeNounPhrase(null, false); // "one red, one blue"
      determiner(c.count(), false, one, joined);
    }
  }

  private void determiner(Integer count, boolean definite, boolean one, boolean joined) {
    if (pending.one && phrases.distributing() && pending.hasAdjectives()) closeNounPhrase(null, false);
    if (!pending.hasDeterminer() && !(joined && pending.hasAdjectives())) flushPredicate();
    phrases.determiner(count, definite, one, joined);
  }

  private void colour(ColourTerm c, boolean joined) {
    if (fromPending) {
      fromPending = false;
      forSubject(d -> d.offerColour(c.colour()));
      changePending = true;
    } else if (changePending && !cameraSubject && !subject.isEmpty()) {
      changePending = false;
      forSubject(d -> d.offerChange(c.colour()));
    } else {
      phrases.beforeAdjective(c, joined);
      pending.colour = c.colour();
    }
  }

  private void motion(MotionTerm m, Form form) {
    boolean adjectival = (form == Form.ING || form == Form.PAST) && pending.inProgress() && !pending.one;
    if (adjectival || (subject.isEmpty() && !cameraSubject)) {
      pending.motion = m; // "a bouncing ball"
      return;
    }
    leaveNounPhrase();
    if (cameraSubject) {
      if (m.kind() == MotionKind.STILL) scene.offerCamera(Camera.STATIC);
      if (m.kind() == MotionKind.MOVE) panPending = true;
      return;
    }
    boolean plural = form == Form.BASE && coordination.size() > subject.size();
    List<Integer> targets = plural ? List.copyOf(coordination) : subject;
    verbTargets = targets;
    for (int i : targets) {
      ObjectDraft d = scene.object(i);
      d.setMotion(m.kind(), m.implied());
      if (pendingDirection != null) d.offerDirection(pendingDirection);
      if (pendingSpeed != null) d.offerSpeed(pendingSpeed);
    }
    coordination = new ArrayList<>();
    pendingDirection = null;
    pendingSpeed = null;
  }

  private void frameEdge(FrameEdgeTerm f) {
    leaveNounPhrase();
    if (cameraSubject) return;
    List<Integer> targets = verbTargets != null ? verbTargets : subject;
    for (int i : targets) scene.object(i).reachFrameEdge(f.kind());
    verbTargets = targets;
  }

  private void direction(Direction d) {
    leaveNounPhrase();
    Direction heading = fromPending ? Direction.nearest(-d.dx(), -d.dy()) : d;
    fromPending = false;
    if (panPending) {
      panPending = false;
      scene.offerPan(heading);
    } else if (verbTargets != null) {
      for (int i : verbTargets) scene.object(i).offerDirection(heading);
    } else if (pendingDirection == null) {
      pendingDirection = heading;
    }
  }

  private void speed(Speed s) {
    leaveNounPhrase();
    if (verbTargets != null) {
      for (int i : verbTargets) scene.object(i).offerSpeed(s);
    } else if (pendingSpeed == null) {
      pendingSpeed = s;
    }
  }

  private void camera() {
    if (pending.still) scene.offerCamera(Camera.STATIC);
    phrases.abandon();
    relation = null;
    cameraSubject = true;
    subject = List.of();
    verbTargets = null;
  }

  private void pronoun(PronounTerm p) {
    flushPredicate();
    if (!p.plural() && relation != null && relation.left() != null) {
      // "a ring floats above it": "it" is the object named before the ring.
      for (int k = recent.size() - 1; k >= 0; k--) {
        if (!recent.get(k).equals(relation.left())) {
          scene.relate(relation.left(), recent.get(k), relation.relation());
          relation = null;
          return;
        }
      }
    }
    if (p.plural()) {
      List<Integer> group = subject.size() > 1 ? subject : scene.allObjects();
      if (!group.isEmpty()) setSubject(group);
    } else if (!cameraSubject && !subject.isEmpty()) {
      setSubject(List.of(subject.get(subject.size() - 1)));
    }
  }

  private void join() {
    if (pending.one && phrases.distributing() && pending.hasAdjectives()) closeNounPhrase(null, false);
    if (pending.hasAdjectives() && (pending.hasDeterminer() || subject.isEmpty())) {
      afterAnd = true; // maybe an elided noun: "a red and a blue ball"
    } else {
      flushPredicate();
    }
    joinNext = true;
  }

  private void closeNounPhrase(dev.zoetrope.world.scene.Shape noun, boolean plural) {
    boolean copula = previous instanceof PronounTerm p && !p.plural() && !subject.isEmpty();
    onNounPhrase(phrases.close(noun, plural, copula ? subject : List.of()));
  }

  private void onNounPhrase(List<Integer> objects) {
    if (objects.isEmpty()) {
      // Beyond the world's three objects: what follows describes nothing we keep.
      subject = List.of();
      cameraSubject = false;
      return;
    }
    lastNounPhrase = objects;
    recent.removeAll(objects);
    recent.addAll(objects);
    if (relation != null && relate(objects.get(0))) return;
    if (joinNext && verbTargets == null && !coordination.isEmpty() && !cameraSubject) {
      coordination.addAll(objects);
    } else {
      coordination = new ArrayList<>(objects);
    }
    setSubject(objects);
  }

  /** Fills a side of the pending relation; true when the object is its reference (not the subject). */
  private boolean relate(int object) {
    if (relation.left() != null) {
      scene.relate(relation.left(), object, relation.relation());
      relation = null;
      return true;
    }
    if (relation.right() == null) { // "to the left of the box | is the ball"
      relation = new PendingRelation(relation.relation(), null, object);
      mentionedInClause = true;
      return true;
    }
    scene.relate(object, relation.right(), relation.relation());
    relation = null;
    return false;
  }

  private void setSubject(List<Integer> objects) {
    subject = List.copyOf(objects);
    cameraSubject = false;
    mentionedInClause = true;
    verbTargets = null;
    joinNext = false;
  }

  /** A non-noun word ends a noun phrase that never got its noun: its adjectives were predicates. */
  private void leaveNounPhrase() {
    flushPredicate();
    phrases.abandon();
  }

  private void leaveNounPhraseKeepingDeterminer() {
    boolean definite = pending.definite;
    Integer count = pending.count;
    leaveNounPhrase();
    pending.definite = definite;
    pending.count = count;
  }

  /** Adjectives with no noun after them describe the subject: "the ball is large and red". */
  private void flushPredicate() {
    if (pending.one && phrases.distributing() && pending.hasAdjectives()) {
      closeNounPhrase(null, false);
      return;
    }
    if (!pending.hasAdjectives()) return;
    if (cameraSubject) {
      if (pending.still) scene.offerCamera(Camera.STATIC);
    } else {
      forSubject(d -> d.absorb(pending));
    }
    pending.clearAdjectives();
  }

  private void endClause() {
    flushPredicate();
    phrases.abandon();
    coordination = new ArrayList<>();
    verbTargets = null;
    joinNext = false;
    afterAnd = false;
    mentionedInClause = false;
    pendingDirection = null;
    pendingSpeed = null;
    panPending = false;
    changePending = false;
    fromPending = false;
    relation = null;
  }

  private static boolean horizontal(Relation r) {
    return r == Relation.LEFT_OF || r == Relation.RIGHT_OF;
  }

  private void forSubject(Consumer<ObjectDraft> action) {
    if (cameraSubject) return;
    for (int i : subject) action.accept(scene.object(i));
  }
}
