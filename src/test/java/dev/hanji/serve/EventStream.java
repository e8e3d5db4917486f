package dev.hanji.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A test client for the server's Server-Sent Events stream: reads events on a daemon thread. */
final class EventStream implements AutoCloseable {
  /** One event as the browser's EventSource would see it. */
  record Event(String name, String data) {
  }

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final Stream<String> lines;

  EventStream(HttpClient client, URI uri) throws Exception {
    HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(uri).build(),
        HttpResponse.BodyHandlers.ofLines());
    if (response.statusCode() != 200
        || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
      throw new AssertionError("not an event stream: " + response.statusCode() + " " + response.headers());
    }
    lines = response.body();
    Thread reader = new Thread(this::read, "test-sse-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    String[] name = {null};
    List<String> data = new ArrayList<>();
    try {
      lines.forEach(line -> {
        if (line.isEmpty()) {
          if (name[0] != null) {
            events.add(new Event(name[0], String.join("\n", data)));
          }
          name[0] = null;
          data.clear();
        } else if (line.startsWith("event: ")) {
          name[0] = line.substring("event: ".length());
        } else if (line.startsWith("data: ")) {
          data.add(line.substring("data: ".length()));
        }
      });
    } catch (RuntimeException e) {
      // the stream closed
    }
  }

  /** The next event called {@code name}, skipping others; fails after {@code timeout}. */
  Event await(String name, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (event == null) {
        throw new AssertionError("no '" + name + "' event within " + timeout);
      }
      if (event.name().equals(name)) {
        return event;
      }
    }
  }

  @Override
  public void close() {
    lines.close();
  }
}
