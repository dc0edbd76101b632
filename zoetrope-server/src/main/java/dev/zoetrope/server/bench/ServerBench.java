package dev.zoetrope.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Latency of the API while workers generate: {@code clients} threads each create a video, then
 * poll it (as SDK clients do) until it finishes or the time is up, and start over. Bounded by
 * {@code duration}; reports create and poll latency separately.
 */
public final class ServerBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What to run against a server at {@code baseUrl} with {@code key} (null without auth). */
  public record Plan(URI baseUrl, String key, int clients, Duration duration, String size, String seconds, long pollMillis) {
    public Plan {
      if (clients < 1 || clients > 256) throw new IllegalArgumentException("clients must be 1–256, got " + clients);
      if (duration.isNegative() || duration.isZero() || duration.toMinutes() > 60) {
        throw new IllegalArgumentException("duration must be between 1 s and 60 min");
      }
      String host = baseUrl.getHost();
      if (host == null || !(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"))) {
        throw new IllegalArgumentException("the benchmark only targets servers on this machine (loopback), not " + baseUrl);
      }
    }
  }

  /** The measured numbers. */
  public record Report(LatencyStats create, LatencyStats poll, int created, int completed, int failed, int errors,
      Duration elapsed) {
    @Override
    public String toString() {
      return String.format("create: %s%npoll:   %s%njobs: %d created, %d completed, %d failed, %d request errors in %.1f s",
          create, poll, created, completed, failed, errors, elapsed.toMillis() / 1000.0);
    }
  }

  public static Report run(Plan plan) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<Double> createMillis = Collections.synchronizedList(new ArrayList<>());
    List<Double> pollMillis = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger created = new AtomicInteger();
    AtomicInteger completed = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long start = System.nanoTime();
    long deadline = start + plan.duration().toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(plan.clients());
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < plan.clients(); c++) {
      int clientIndex = c;
      running.add(pool.submit(() -> {
        int round = 0;
        while (System.nanoTime() < deadline) {
          String body = "{\"prompt\":\"bench client " + clientIndex + " clip " + round++ + ": a red ball moves right\","
              + "\"size\":\"" + plan.size() + "\",\"seconds\":\"" + plan.seconds() + "\"}";
          Timed created1 = timed(client, request(plan, "/v1/videos").header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body)));
          if (created1 == null || created1.status != 200) {
            errors.incrementAndGet();
            sleep(plan.pollMillis());
            continue;
          }
          createMillis.add(created1.millis);
          created.incrementAndGet();
          String id = created1.json.path("id").asText();
          while (System.nanoTime() < deadline) {
            sleep(plan.pollMillis());
            Timed polled = timed(client, request(plan, "/v1/videos/" + id).GET());
            if (polled == null || polled.status != 200) {
              errors.incrementAndGet();
              continue;
            }
            pollMillis.add(polled.millis);
            String status = polled.json.path("status").asText();
            if (status.equals("completed")) completed.incrementAndGet();
            if (status.equals("failed")) failed.incrementAndGet();
            if (status.equals("completed") || status.equals("failed")) break;
          }
        }
        return null;
      }));
    }
    pool.shutdown();
    pool.awaitTermination(plan.duration().toMillis() + 120_000, TimeUnit.MILLISECONDS);
    pool.shutdownNow();
    return new Report(LatencyStats.of(toArray(createMillis)), LatencyStats.of(toArray(pollMillis)), created.get(),
        completed.get(), failed.get(), errors.get(), Duration.ofNanos(System.nanoTime() - start));
  }

  private record Timed(int status, double millis, JsonNode json) {}

  private static Timed timed(HttpClient client, HttpRequest.Builder request) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      double millis = (System.nanoTime() - t0) / 1e6;
      return new Timed(response.statusCode(), millis, JSON.readTree(response.body()));
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static HttpRequest.Builder request(Plan plan, String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(plan.baseUrl().resolve(path)).timeout(Duration.ofSeconds(30));
    if (plan.key() != null) builder.header("Authorization", "Bearer " + plan.key());
    return builder;
  }

  private static double[] toArray(List<Double> values) {
    synchronized (values) {
      return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
