package dev.hanji.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Serves a folder over HTTP on 127.0.0.1 (a free port) for browser tests; ES modules need http://. */
public final class StaticServer implements AutoCloseable {

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
      "json", "application/json; charset=utf-8", "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml", "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8");

  private final HttpServer server;
  private final Path root;
  /** Answers several requests at once, as a real static host does (a search fetches its files in parallel). */
  private final ExecutorService threads = Executors.newFixedThreadPool(4);

  private StaticServer(HttpServer server, Path root) {
    this.server = server;
    this.root = root;
    server.setExecutor(threads);
  }

  /** Starts serving {@code root}; {@code /dir/} answers with {@code /dir/index.html}. */
  public static StaticServer start(Path root) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    StaticServer staticServer = new StaticServer(server, root.toAbsolutePath().normalize());
    server.createContext("/", staticServer::handle);
    server.start();
    return staticServer;
  }

  /** The absolute URL of a path under the root, e.g. {@code url("en/search/?q=x")}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path.replaceFirst("^/+", "");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
      Path file = root.resolve(path.substring(1)).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String name = file.getFileName().toString();
      String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
      byte[] body = Files.readAllBytes(file);
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
