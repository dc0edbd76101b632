package dev.zoetrope.world.caption;

import dev.zoetrope.world.caption.Inflection.Form;
import dev.zoetrope.world.caption.Lexicon.Lexeme;
import dev.zoetrope.world.caption.Term.*;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.Speed;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads lexemes left to right. A noun phrase names or refers to objects and makes them the
 * clause's subject; verbs, directions, speeds and colour changes attach to the subject; a relation
 * links the subject to the next noun phrase. Clause state is reset at boundaries; the subject
 * survives them so "It rolls left." still knows what "it" is.
 */
final class ParseState {
  private final SceneDraft scene = new SceneDraft();
  private final PendingPhrase pending = new PendingPhrase();

  private List<Integer> subject = List.of();
  private boolean cameraSubject;
  private List<Integer> coordination = new ArrayList<>();
  private List<Integer> lastNounPhrase = List.of();
  private List<Integer> verbTargets;
  private boolean joinNext;
  private boolean mentionedInClause;
  private Direction pendingDirection;
  private Speed pendingSpeed;
  private boolean panPending;
  private boolean changePending;
  private boolean fromPending;
  private PendingRelation relation;
  private Term previous;
  private boolean justClosedNoun;

  private record PendingRelation(dev.zoetrope.world.scene.Relation relation, Integer left, Integer right) {}

  SceneDraft read(List<Lexeme> lexemes) {
    for (Lexeme lexeme : lexemes) {
      boolean closedBefore = justClosedNoun;
      justClosedNoun = false;
      accept(lexeme, closedBefore);
      previous = lexeme.term();
    }
    flushPredicate();
    return scene;
  }

  private void accept(Lexeme lexeme, boolean afterNoun) {
    Term term = lexeme.term();
    if (term instanceof ShapeTerm s) {
      shape(s, lexeme, afterNoun);
    } else if (term instanceof CountTerm c) {
      count(c, lexeme, afterNoun);
    } else if (term instanceof DefiniteTerm) {
      startDeterminer();
      pending.definite = true;
    } else if (term instanceof OrdinalTerm o) {
      pending.ordinal = o.index();
    } else if (term instanceof SizeTerm s) {
      pending.size = s.size();
    } else if (term instanceof ExpressionTerm e) {
      pending.expression = e.expression();
    } else if (term instanceof ColourTerm c) {
      colour(c);
    } else if (term instanceof MotionTerm m) {
      motion(m, lexeme.form());
    } else if (term instanceof StillTerm) {
      still();
    } else if (term instanceof FrameEdgeTerm f) {
      frameEdge(f);
    } else if (term instanceof DirectionTerm d) {
      direction(d.direction());
    } else if (term instanceof SpeedTerm s) {
      speed(s.speed());
    } else if (term instanceof ChangeTerm) {
      leaveNounPhrase();
      changePending = true;
    } else if (term instanceof FromTerm) {
      leaveNounPhrase();
      fromPending = true;
    } else if (term instanceof RelationTerm r) {
      leaveNounPhrase();
      Integer left = mentionedInClause && !cameraSubject && !subject.isEmpty() ? subject.get(0) : null;
      relation = new PendingRelation(r.relation(), left, null);
    } else if (term instanceof BackgroundTerm b) {
      pending.clear();
      relation = null;
      scene.offerBackground(b.background());
    } else if (term instanceof OccluderTerm o) {
      pending.clear();
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

  private void shape(ShapeTerm s, Lexeme lexeme, boolean afterNoun) {
    if (lexeme.form() == Form.PLAIN) {
      pending.shape = s.shape();
      return;
    }
    if (s.shape() == null && afterNoun) return; // "a star shape": the noun was already read
    if (s.shape() != null) pending.shape = s.shape();
    closeNounPhrase(lexeme.form() == Form.PLURAL);
  }

  private void count(CountTerm c, Lexeme lexeme, boolean afterNoun) {
    if (lexeme.surface().equals("one") && (pending.inProgress() || afterNoun)) {
      if (!afterNoun) closeNounPhrase(false); // "the blue one"
      return;
    }
    startDeterminer();
    pending.count = c.count();
  }

  private void startDeterminer() {
    if (!pending.hasDeterminer()) flushPredicate();
  }

  private void colour(ColourTerm c) {
    if (fromPending) {
      fromPending = false;
      forSubject(d -> d.offerColour(c.colour()));
      changePending = true;
    } else if (changePending && !cameraSubject && !subject.isEmpty()) {
      changePending = false;
      forSubject(d -> d.offerChange(c.colour()));
    } else {
      pending.colour = c.colour();
    }
  }

  private void motion(MotionTerm m, Form form) {
    boolean adjectival = (form == Form.ING || form == Form.PAST) && pending.inProgress();
    if (adjectival || (subject.isEmpty() && !cameraSubject)) {
      pending.motion = m;
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
    for (int i : targets) scene.object(i).setMotion(m.kind(), m.implied());
    coordination = new ArrayList<>();
    for (int i : targets) {
      if (pendingDirection != null) scene.object(i).offerDirection(pendingDirection);
      if (pendingSpeed != null) scene.object(i).offerSpeed(pendingSpeed);
    }
    pendingDirection = null;
    pendingSpeed = null;
  }

  /** Held like an adjective: "a static camera", "the ball is still", ", still camera". */
  private void still() {
    pending.still = true;
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
    Direction heading = fromPending ? opposite(d) : d;
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
    pending.clear();
    relation = null;
    cameraSubject = true;
    subject = List.of();
    verbTargets = null;
  }

  private void pronoun(PronounTerm p) {
    flushPredicate();
    if (p.plural()) {
      List<Integer> group = subject.size() > 1 ? subject : scene.allObjects();
      if (!group.isEmpty()) setSubject(group);
      pending.definite = true;
    } else if (!cameraSubject && subject.size() > 1) {
      setSubject(List.of(subject.get(subject.size() - 1)));
    } else if (!cameraSubject && !subject.isEmpty()) {
      setSubject(subject);
    }
  }

  private void join() {
    if (!pending.hasDeterminer()) flushPredicate();
    joinNext = true;
  }

  private void closeNounPhrase(boolean plural) {
    boolean copula = previousWasSingularPronoun() && !subject.isEmpty() && !pending.definite;
    List<Integer> objects = copula ? subject : scene.resolve(pending, plural);
    for (int i : objects) scene.object(i).absorb(pending);
    pending.clear();
    justClosedNoun = true;
    onNounPhrase(objects);
  }

  private boolean previousWasSingularPronoun() {
    return previous instanceof PronounTerm p && !p.plural();
  }

  private void onNounPhrase(List<Integer> objects) {
    if (objects.isEmpty()) {
      // Beyond the world's three objects: what follows describes nothing we keep.
      subject = List.of();
      cameraSubject = false;
      return;
    }
    lastNounPhrase = objects;
    if (relation != null) {
      if (relation.left() != null) {
        scene.relate(relation.left(), objects.get(0), relation.relation());
        relation = null;
        return;
      }
      if (relation.right() == null) {
        relation = new PendingRelation(relation.relation(), null, objects.get(0));
        mentionedInClause = true;
        return;
      }
      scene.relate(objects.get(0), relation.right(), relation.relation());
      relation = null;
    }
    if (joinNext && verbTargets == null && !coordination.isEmpty() && !cameraSubject) {
      coordination.addAll(objects);
    } else {
      coordination = new ArrayList<>(objects);
    }
    setSubject(objects);
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
    pending.clear();
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
    pending.clear();
    coordination = new ArrayList<>();
    verbTargets = null;
    joinNext = false;
    mentionedInClause = false;
    pendingDirection = null;
    pendingSpeed = null;
    panPending = false;
    changePending = false;
    fromPending = false;
    relation = null;
  }

  private void forSubject(java.util.function.Consumer<ObjectDraft> action) {
    if (cameraSubject) return;
    for (int i : subject) action.accept(scene.object(i));
  }

  private static Direction opposite(Direction d) {
    return Direction.nearest(-d.dx(), -d.dy());
  }
}
