package dev.zoetrope.server.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** N workers on their own threads; closing stops them and hands running jobs back to the queue. */
public final class WorkerPool implements AutoCloseable {
  private final List<Worker> workers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();

  public WorkerPool(int count, IntFunction<Worker> workerFactory) {
    for (int i = 0; i < count; i++) {
      Worker worker = workerFactory.apply(i);
      Thread thread = new Thread(worker, "zoetrope-worker-" + i);
      workers.add(worker);
      threads.add(thread);
    }
  }

  public WorkerPool start() {
    threads.forEach(Thread::start);
    return this;
  }

  public int size() {
    return workers.size();
  }

  /** Stops every worker and waits up to 30 s for running generations to reach a progress callback. */
  @Override
  public void close() {
    workers.forEach(Worker::stop);
    for (Thread thread : threads) {
      try {
        thread.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
