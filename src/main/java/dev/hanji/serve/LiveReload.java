package dev.hanji.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The Server-Sent Events stream at {@code /__hanji/events} that open pages listen to. Events:
 * {@code hello} (data: the build number, sent on connect), {@code reload} (a rebuild succeeded) and
 * {@code error} (a rebuild failed; data: the diagnostics, one {@code file:line:column: ...} per line).
 */
final class LiveReload {
  /** A comment line now and then lets a stream notice a closed tab (the write fails) and keeps proxies open. */
  private static final long HEARTBEAT_SECONDS = 15;
  private static final String CLOSE = "";

  /** Open streams at most: each holds a request thread, and pages must still be served. */
  static final int MAX_STREAMS = ServerLimits.THREADS / 2;

  private final List<BlockingQueue<String>> clients = new CopyOnWriteArrayList<>();
  private final Semaphore openStreams = new Semaphore(MAX_STREAMS);
  private volatile String lastError;

  /** Sends {@code reload} to every open page and forgets the last error. */
  void reload(int build) {
    lastError = null;
    broadcast(event("reload", String.valueOf(build)));
  }

  /** Sends {@code error} with the diagnostics text; pages connecting later get it too until the next reload. */
  void error(String diagnostics) {
    lastError = event("error", diagnostics);
    broadcast(lastError);
  }

  /** Ends every open stream, so the threads serving them return. */
  void close() {
    broadcast(CLOSE);
  }

  /**
   * Serves one event stream; blocks the calling server thread until the page goes away or the server stops. Beyond
   * {@link #MAX_STREAMS} open streams the answer is 503, and that page does not reload by itself.
   */
  void stream(HttpExchange exchange, int build) throws IOException {
    if (!openStreams.tryAcquire()) {
      refuse(exchange);
      return;
    }
    try {
      serve(exchange, build);
    } finally {
      openStreams.release();
    }
  }

  private static void refuse(HttpExchange exchange) throws IOException {
    byte[] body = ("too many live-reload streams open (at most " + MAX_STREAMS
        + "); close some preview tabs and reload this one\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(503, body.length);
    exchange.getResponseBody().write(body);
  }

  private void serve(HttpExchange exchange, int build) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    queue.add(event("hello", String.valueOf(build)));
    String pendingError = lastError;
    if (pendingError != null) {
      queue.add(pendingError);
    }
    clients.add(queue);
    try (OutputStream body = exchange.getResponseBody()) {
      pump(queue, body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      clients.remove(queue);
      exchange.close();
    }
  }

  private static void pump(BlockingQueue<String> queue, OutputStream body) throws IOException, InterruptedException {
    while (true) {
      String message = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
      if (CLOSE.equals(message)) {
        return;
      }
      body.write((message == null ? ": ping\n\n" : message).getBytes(StandardCharsets.UTF_8));
      body.flush();
    }
  }

  private void broadcast(String message) {
    clients.forEach(queue -> queue.add(message));
  }

  /** One event in the SSE wire format; every line of the data becomes its own {@code data:} line. */
  static String event(String name, String data) {
    StringBuilder out = new StringBuilder("event: ").append(name).append('\n');
    for (String line : data.split("\r?\n", -1)) {
      out.append("data: ").append(line).append('\n');
    }
    return out.append('\n').toString();
  }
}
