package dev.hanji.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Times single-page rebuilds of a running preview server ({@code hanji-cli.jar serve}): waits until the
 * server answers (its first build is done), listens to {@code /__hanji/events}, appends a sentence to one
 * page and measures until the {@code reload} event arrives; repeats, restores the page, and writes JSON.
 *
 * <p>Run: {@code ServeRebuildProbe PORT PAGE_FILE ROUNDS OUT_JSON LAUNCH_EPOCH_MILLIS}.
 */
public final class ServeRebuildProbe {
  private static final Duration FIRST_BUILD_TIMEOUT = Duration.ofMinutes(30);
  private static final long EVENT_TIMEOUT_SECONDS = 600;

  private ServeRebuildProbe() {
  }

  /** Probes the server on {@code PORT}; exit code 1 when a rebuild fails or times out. */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    Path page = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Path out = Path.of(args[3]);
    long launched = Long.parseLong(args[4]);

    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    BlockingQueue<String> events = new LinkedBlockingQueue<>();
    long firstBuildMillis = connect(client, port, events) - launched;
    String original = Files.readString(page, StandardCharsets.UTF_8);
    List<Long> millis = new ArrayList<>();
    try {
      for (int round = 1; round <= rounds; round++) {
        millis.add(timeRebuild(page, original + "\nBench edit " + round + ".\n", events));
      }
    } finally {
      Files.writeString(page, original, StandardCharsets.UTF_8);
    }
    awaitReload(events);
    String json = String.format(Locale.ROOT, "{\"firstBuildMillis\": %d, \"rebuildMillis\": %s, "
            + "\"medianRebuildMillis\": %d, \"warmMedianRebuildMillis\": %d, \"page\": \"%s\"}%n",
        firstBuildMillis, millis, median(millis), median(millis.subList(millis.size() / 2, millis.size())),
        page.getFileName());
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, json);
    System.out.print(json);
    System.exit(0);
  }

  /** The median; "warm" is the median of the second half of the edits, once the JIT has compiled the rebuild. */
  private static long median(List<Long> millis) {
    return millis.stream().sorted().toList().get(millis.size() / 2);
  }

  /** Waits until the event stream answers, then pumps its events into the queue; returns when it answered. */
  private static long connect(HttpClient client, int port, BlockingQueue<String> events) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__hanji/events")).build();
    long deadline = System.currentTimeMillis() + FIRST_BUILD_TIMEOUT.toMillis();
    while (System.currentTimeMillis() < deadline) {
      try {
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long answered = System.currentTimeMillis();
        Thread pump = new Thread(() -> pump(response, events), "sse-pump");
        pump.setDaemon(true);
        pump.start();
        if (!"hello".equals(events.poll(EVENT_TIMEOUT_SECONDS, TimeUnit.SECONDS))) {
          throw new IllegalStateException("no hello event from the preview server");
        }
        return answered;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("the preview server did not answer within " + FIRST_BUILD_TIMEOUT);
  }

  private static void pump(HttpResponse<java.io.InputStream> response, BlockingQueue<String> events) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("event: ")) {
          events.add(line.substring("event: ".length()));
        }
      }
    } catch (IOException e) {
      events.add("closed");
    }
  }

  private static long timeRebuild(Path page, String text, BlockingQueue<String> events) throws Exception {
    events.clear();
    long start = System.nanoTime();
    Files.writeString(page, text, StandardCharsets.UTF_8);
    awaitReload(events);
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void awaitReload(BlockingQueue<String> events) throws InterruptedException {
    String event = events.poll(EVENT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!"reload".equals(event)) {
      System.err.println("expected a reload event, got " + event);
      System.exit(1);
    }
  }
}
