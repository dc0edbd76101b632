package dev.zoetrope.compute;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that opens the PyTorch engine (DJL 0.35.1 + libtorch 2.7.1, CPU, fp32, offline) and
 * sets its thread counts. Every other class asks this for managers instead of touching {@link Engine}.
 */
public final class Compute {
  /** Intra-op threads: the machine has two cores and one GEMM at a time saturates both. */
  public static final int DEFAULT_THREADS = 2;

  private static Engine engine;

  private Compute() {}

  /** Opens the engine once (offline, threads set) and returns it. */
  public static synchronized Engine engine() {
    if (engine == null) {
      if (System.getProperty("ai.djl.offline") == null) System.setProperty("ai.djl.offline", "true");
      // DJL's start-up chatter (GPU probing on a CPU machine, platform lines) is noise for users.
      if (System.getProperty("org.slf4j.simpleLogger.log.ai.djl") == null) {
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl", "error");
      }
      int threads = threads();
      System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
      engine = Engine.getEngine("PyTorch");
      JniUtils.setNumThreads(threads);
      JniUtils.setGradMode(false);
      for (String warning : environmentWarnings()) System.err.println("zoetrope: warning: " + warning);
    }
    return engine;
  }

  /** A new root manager (for a model's weights or one request); the caller closes it. */
  public static NDManager newManager() {
    return engine().newBaseManager();
  }

  /** Thread count: ZOETROPE_THREADS, or the number of cores capped at {@link #DEFAULT_THREADS}. */
  public static int threads() {
    String configured = System.getenv("ZOETROPE_THREADS");
    if (configured != null && !configured.isBlank()) {
      int value = Integer.parseInt(configured.trim());
      if (value < 1) throw new IllegalArgumentException("ZOETROPE_THREADS must be >= 1, got " + value);
      return value;
    }
    return Math.min(DEFAULT_THREADS, Runtime.getRuntime().availableProcessors());
  }

  /** Settings that cost speed when missing (DESIGN.md §1), as human-readable warnings. */
  public static List<String> environmentWarnings() {
    List<String> warnings = new ArrayList<>();
    String tunables = System.getenv("GLIBC_TUNABLES");
    if (tunables == null || !tunables.contains("glibc.malloc.hugetlb=1")) {
      warnings.add("GLIBC_TUNABLES=glibc.malloc.hugetlb=1 is not set; libtorch runs up to 2x slower");
    }
    if (!"true".equals(System.getProperty("ai.djl.offline"))) {
      warnings.add("ai.djl.offline is not true; DJL may try to download native libraries");
    }
    return warnings;
  }
}
