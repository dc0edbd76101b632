package dev.zoetrope.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zoetrope.server.jobs.Job;
import dev.zoetrope.server.jobs.JobStore;
import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Server-Sent Events of a video's progress. Workers may run in other processes, so the truth is
 * the jobs table: one timer polls it for every open stream and sends the video object whenever
 * its status or progress changed ("progress" events), then a final "completed" or "failed".
 */
public final class ProgressEvents implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JobStore jobs;
  private final Map<SseClient, Subscription> subscriptions = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "zoetrope-progress-events");
    thread.setDaemon(true);
    return thread;
  });

  public ProgressEvents(JobStore jobs, long pollMillis) {
    this.jobs = jobs;
    timer.scheduleWithFixedDelay(this::pollAll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
  }

  private static final class Subscription {
    final String videoId;
    final String owner;
    String lastSent = "";

    Subscription(String videoId, String owner) {
      this.videoId = videoId;
      this.owner = owner;
    }
  }

  void subscribe(SseClient client, String videoId, String owner) {
    client.keepAlive();
    Subscription subscription = new Subscription(videoId, owner);
    client.onClose(() -> subscriptions.remove(client));
    subscriptions.put(client, subscription);
    timer.execute(() -> poll(client, subscription)); // the current state at once
  }

  private void pollAll() {
    subscriptions.forEach(this::poll);
  }

  private void poll(SseClient client, Subscription subscription) {
    try {
      Optional<Job> found = jobs.find(subscription.videoId)
          .filter(job -> !job.deleted() && job.owner().equals(subscription.owner));
      if (found.isEmpty()) {
        client.sendEvent("error", "{\"error\":{\"message\":\"the video was deleted\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"not_found\"}}");
        client.close();
        return;
      }
      Job job = found.get();
      String state = job.status().wire() + ":" + job.progress();
      if (!state.equals(subscription.lastSent)) {
        subscription.lastSent = state;
        String event = job.status().terminal() ? job.status().wire() : "progress";
        client.sendEvent(event, JSON.writeValueAsString(VideoJson.video(job)));
      }
      if (job.status().terminal() || client.terminated()) client.close();
    } catch (JsonProcessingException | RuntimeException e) {
      client.close(); // a broken stream or database hiccup: the client reconnects or polls
    }
  }

  public int openStreams() {
    return subscriptions.size();
  }

  @Override
  public void close() {
    timer.shutdownNow();
    subscriptions.keySet().forEach(SseClient::close);
  }
}
