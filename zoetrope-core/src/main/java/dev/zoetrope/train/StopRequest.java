package dev.zoetrope.train;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C or SIGTERM during training: a shutdown hook asks the training loop to stop after its
 * current step, then holds the JVM's exit until the run has written its checkpoint and closed its
 * models ({@link #close}), at most {@code patience} seconds. Without it the JVM exits while libtorch
 * is inside a step (the process dies with SIGSEGV and an hs_err report) and the steps since the
 * last periodic checkpoint are lost. {@link Trainer.Options#stopRequested} reads {@link #requested}.
 */
public final class StopRequest implements AutoCloseable {
  private final AtomicBoolean requested = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  private StopRequest(PrintStream log, long patienceSeconds) {
    hook = new Thread(() -> {
      requested.set(true);
      log.printf("%nstopping: finishing this step and writing the checkpoint (up to %d s; kill -9 abandons it)%n", patienceSeconds);
      try {
        if (!finished.await(patienceSeconds, TimeUnit.SECONDS)) log.println("stopping: the run did not finish in time; exiting without a checkpoint");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "zoetrope-train-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Listens for the JVM's shutdown (SIGINT, SIGTERM) until {@link #close}. */
  public static StopRequest onShutdown(PrintStream log, long patienceSeconds) {
    if (patienceSeconds < 1) throw new IllegalArgumentException("patience must be at least 1 s, got " + patienceSeconds);
    return new StopRequest(log, patienceSeconds);
  }

  /**
   * Thrown by work inside a step that takes long enough to check the request itself (encoding a
   * latent pool): the trainer ends the run as stopped, with the checkpoint of the steps before.
   */
  public static final class Stopped extends RuntimeException {
    public Stopped(String where) {
      super("stopped " + where);
    }
  }

  /** Whether a stop was asked for. */
  public boolean requested() {
    return requested.get();
  }

  /** The run is done (checkpoint written, models closed): let a pending shutdown go on. */
  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running; it returns now that the latch is open
    }
  }
}
