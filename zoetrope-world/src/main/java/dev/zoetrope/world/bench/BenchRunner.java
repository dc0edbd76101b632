package dev.zoetrope.world.bench;

import dev.zoetrope.world.oracle.Oracle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs a suite: for every entry, the video under test, the ground truth, the controls and a
 * reference render are read by the oracle and scored; then every set is summarised. Entries run on
 * a small thread pool (one oracle read per thread); the heavy pixels of an entry are dropped as
 * soon as it is scored, so memory stays flat however long the suite.
 */
public final class BenchRunner {
  private final Scorer scorer = new Scorer(new Oracle());
  private final GroundTruth truth = new GroundTruth();
  private final int threads;
  private final Consumer<String> log;

  public BenchRunner(int threads, Consumer<String> log) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
    this.threads = threads;
    this.log = log;
  }

  /** Everything about one entry once it is scored. */
  private record EntryResult(
      VideoScore subject, VideoScore ceiling, VideoScore shuffled, VideoScore frozen, VideoScore noise,
      double[] reference, byte[] sheet) {}

  public BenchReport run(Suite suite, VideoSource source) throws IOException {
    long start = System.nanoTime();
    List<SuiteEntry> entries = suite.entries();
    boolean groundTruth = source.describe().equals("ground truth");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<EntryResult> results = new ArrayList<>();
    try {
      List<Future<EntryResult>> futures = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        SuiteEntry previous = entries.get((i + entries.size() - 1) % entries.size());
        SuiteEntry entry = entries.get(i);
        futures.add(pool.submit(() -> entry(entry, previous, source, groundTruth)));
      }
      for (int i = 0; i < futures.size(); i++) {
        results.add(futures.get(i).get());
        if ((i + 1) % 10 == 0 || i + 1 == futures.size()) log.accept("scored " + (i + 1) + "/" + futures.size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("bench interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) throw io;
      if (cause instanceof UncheckedIOException io) throw io.getCause();
      if (cause instanceof RuntimeException runtime) throw runtime;
      throw new IOException(cause);
    } finally {
      pool.shutdownNow();
    }
    List<double[]> reference = results.stream().map(EntryResult::reference).toList();
    Map<String, SetScores> floors = new LinkedHashMap<>();
    floors.put("shuffled_captions", SetScores.of(results.stream().map(EntryResult::shuffled).toList(), reference));
    floors.put("frozen_frame", SetScores.of(results.stream().map(EntryResult::frozen).toList(), reference));
    floors.put("uniform_noise", SetScores.of(results.stream().map(EntryResult::noise).toList(), reference));
    Map<String, byte[]> sheets = new LinkedHashMap<>();
    for (EntryResult r : results) sheets.put(r.subject().entry().id(), r.sheet());
    SetScores ceiling = SetScores.of(results.stream().map(EntryResult::ceiling).toList(), reference);
    SetScores metrics = groundTruth ? ceiling : SetScores.of(results.stream().map(EntryResult::subject).toList(), reference);
    return new BenchReport(suite, source.describe(), metrics, ceiling, floors, sheets, (System.nanoTime() - start) / 1e9);
  }

  /**
   * One entry: the ground truth scores the ceiling, and under the previous entry's facts the
   * shuffled-caption floor (a cyclic shift is a derangement); the controls and the subject follow.
   */
  private EntryResult entry(SuiteEntry entry, SuiteEntry previous, VideoSource source, boolean groundTruth) throws IOException {
    EntryClip real = truth.render(entry);
    Scorer.Reading realReading = scorer.read(real);
    VideoScore ceiling = scorer.score(realReading);
    VideoScore shuffled = scorer.score(realReading, previous.expected());
    VideoScore frozen = scorer.score(scorer.read(Controls.frozen(real)));
    VideoScore noise = scorer.score(scorer.read(Controls.noise(real)));
    double[] reference = OracleFeatures.of(scorer.read(truth.reference(entry)).seen());
    EntryClip subjectClip = groundTruth ? real : subject(source, entry);
    VideoScore subject = groundTruth ? ceiling : scorer.score(scorer.read(subjectClip));
    return new EntryResult(subject, ceiling, shuffled, frozen, noise, reference, ContactSheet.png(subjectClip.output()));
  }

  private static EntryClip subject(VideoSource source, SuiteEntry entry) throws IOException {
    if (source.parallel()) return source.clip(entry);
    synchronized (source) {
      return source.clip(entry);
    }
  }
}
