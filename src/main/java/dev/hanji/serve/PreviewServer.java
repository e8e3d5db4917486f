package dev.hanji.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.core.BuildOptions;
import dev.hanji.core.BuildResult;
import dev.hanji.core.BuildSession;
import dev.hanji.files.BundledResources;
import dev.hanji.diagnostics.Diagnostic;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;

/**
 * The preview server: builds the site in memory, serves the last good build on 127.0.0.1, rebuilds when
 * anything under {@code content/}, {@code site-templates/} or {@code static/} changes, and tells open pages
 * to reload — or, when the change broke the build, keeps serving the last good site and shows the errors over
 * the page and on the console. Nothing is written to disk. Both front ends ({@code mvn site:serve},
 * {@code hanji-cli serve}) call {@link #start} and then {@link #awaitStop}.
 *
 * <p>Each change triggers a rebuild in memory through one {@link BuildSession}, which reprints only the
 * pages the change affects; the new site is swapped in atomically.
 *
 * <p>It answers only requests addressed to this machine by a loopback name and its port ({@link LocalHost}), so a
 * web page cannot read the preview through DNS rebinding, and it holds a bounded number of threads, connections
 * and live-reload streams ({@link ServerLimits}).
 */
public final class PreviewServer implements AutoCloseable {
  static final String EVENTS_PATH = "/__hanji/events";
  static final String SCRIPT_PATH = "/__hanji/reload.js";
  private static final String FOREIGN_HOST =
      "forbidden: this preview answers only http://127.0.0.1, localhost or [::1] with its port\n";

  /** Where the server reports what it does; the Maven goal maps it to its log, the CLI to stdout/stderr. */
  public interface Console {
    /** Reports progress: the URL, a rebuild. */
    void info(String line);

    /** Reports a failed build, one diagnostic per call. */
    void error(String line);

    /** A console writing progress to {@code out} and errors to {@code err}. */
    static Console of(PrintStream out, PrintStream err) {
      return new Console() {
        @Override
        public void info(String line) {
          out.println(line);
        }

        @Override
        public void error(String line) {
          err.println(line);
        }
      };
    }
  }

  private final BuildOptions options;
  private final BuildSession session;
  private final Console console;
  private final HttpServer server;
  private final ExecutorService threads;
  private final LiveReload events = new LiveReload();
  private final AtomicReference<SiteSnapshot> site = new AtomicReference<>();
  private final AtomicReference<String> failure = new AtomicReference<>();
  private final AtomicInteger builds = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread shutdownHook = new Thread(this::close, "hanji-preview-shutdown");
  private SourceWatcher watcher;

  private PreviewServer(BuildOptions options, Console console, HttpServer server) {
    this.options = options;
    this.session = new BuildSession(options);
    this.console = console;
    this.server = server;
    this.threads = ServerLimits.requestThreads();
  }

  /**
   * Binds 127.0.0.1 on {@code options.port()} (0 picks a free port), builds the site, starts watching the
   * sources and serving, and prints the URL. A failing first build still starts the server: it shows the
   * errors until a change fixes them. Ctrl-C (JVM shutdown) closes the server.
   *
   * @throws PortInUseException when the port is taken
   * @throws IOException        when the server or the watcher cannot start
   */
  public static PreviewServer start(BuildOptions options, Console console) throws IOException {
    ServerLimits.applyToJdkServer();
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), options.port()), 0);
    } catch (BindException e) {
      throw new PortInUseException(options.port(), e);
    }
    PreviewServer preview = new PreviewServer(options, console, server);
    try {
      preview.open();
    } catch (IOException | RuntimeException e) {
      preview.close();
      throw e;
    }
    return preview;
  }

  private void open() throws IOException {
    rebuild(Set.of());
    watcher = SourceWatcher.start(List.of(options.contentDir(), options.templatesDir(), options.staticDir()),
        this::rebuild);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    console.info("preview: " + url() + " — rebuilds on change; press Ctrl-C to stop");
  }

  private int port() {
    return server.getAddress().getPort();
  }

  /** The address of the site's home page, with the base path: {@code http://127.0.0.1:8080/kafka-docs/}. */
  public String url() {
    SiteSnapshot snapshot = site.get();
    String base = snapshot != null ? snapshot.basePath() : BasePath.of(options);
    return "http://127.0.0.1:" + port() + base;
  }

  /** Blocks until the server is closed (by {@link #close()} or Ctrl-C). */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /** Stops watching and serving, ends open event streams; safe to call more than once. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      if (watcher != null) {
        watcher.close();
      }
      events.close();
      server.stop(0);
      threads.shutdownNow();
      removeShutdownHook();
      console.info("preview server stopped");
    } finally {
      stopped.countDown();
    }
  }

  private void removeShutdownHook() {
    if (Thread.currentThread() == shutdownHook) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook is running or about to, and close() is idempotent
    }
  }

  /**
   * Rebuilds in memory, redoing only what the change affects (see {@link BuildSession}); runs on the watcher
   * thread, so two rebuilds never overlap. Whatever a rebuild throws is reported like a failed build — over the
   * page and on the console, the last good site still served — and the next change rebuilds.
   */
  private void rebuild(Set<Path> changed) {
    if (!changed.isEmpty()) {
      console.info("changed: " + changed.stream().map(options::display).collect(Collectors.joining(", ")));
    }
    try {
      BuildResult result = session.buildForPreview();
      SiteSnapshot snapshot = new SiteSnapshot(result.files(), result.deferredFiles(), result.basePath(),
          builds.incrementAndGet());
      site.set(snapshot);
      failure.set(null);
      result.diagnostics().forEach(warning -> console.info(warning.toString()));
      int rendered = result.pagesRendered();
      console.info("built " + result.filesWritten() + " files in " + result.millis() + " ms; rendered " + rendered
          + (rendered == 1 ? " page" : " pages") + ", reused the rest");
      events.reload(snapshot.build()); // the search indexes are made when the browser first asks for them
    } catch (BuildFailedException e) {
      reportFailure(e.diagnostics().stream().map(Diagnostic::toString).toList());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // the build turns its own failures into diagnostics; this is the server's last net, so that the watcher
      // thread lives on and the next change rebuilds
      String site = options.display(options.contentDir());
      reportFailure(List.of(Diagnostic.unexpected(site, 0, "the site", e).toString()));
    }
  }

  private void reportFailure(List<String> lines) {
    String text = String.join("\n", lines);
    failure.set(text);
    console.error("build failed" + (site.get() == null ? "" : "; still serving the last good build") + ":");
    lines.forEach(console::error);
    events.error(text);
  }

  private void handle(HttpExchange exchange) {
    try {
      String method = exchange.getRequestMethod();
      String rawPath = exchange.getRequestURI().getRawPath();
      if (!LocalHost.allows(exchange.getRequestHeaders().getFirst("Host"), port())) {
        send(exchange, Reply.file(403, ContentTypes.of("403.txt"), bytes(FOREIGN_HOST)));
      } else if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, Reply.file(405, ContentTypes.of("405.txt"), bytes("method not allowed\n")));
      } else if (EVENTS_PATH.equals(rawPath)) {
        SiteSnapshot snapshot = site.get();
        events.stream(exchange, snapshot == null ? 0 : snapshot.build());
      } else if (SCRIPT_PATH.equals(rawPath)) {
        send(exchange, Reply.file(200, ContentTypes.of(SCRIPT_PATH), reloadScript()));
      } else {
        send(exchange, siteReply(rawPath == null ? "" : rawPath));
      }
    } catch (IOException e) {
      // the browser went away mid-answer; nothing to tell it
    } finally {
      exchange.close();
    }
  }

  private Reply siteReply(String rawPath) {
    SiteSnapshot snapshot = site.get();
    if (snapshot == null) {
      return Reply.file(503, ContentTypes.of("index.html"), notBuiltPage());
    }
    Reply reply = snapshot.reply(rawPath);
    if (reply.contentType() != null && ContentTypes.isHtml(reply.contentType())) {
      return Reply.file(reply.status(), reply.contentType(), withReloadScript(reply.body(), snapshot.build()));
    }
    return reply;
  }

  private void send(HttpExchange exchange, Reply reply) throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    if (reply.location() != null) {
      String query = exchange.getRequestURI().getRawQuery();
      headers.set("Location", reply.location() + (query == null ? "" : "?" + query));
    } else {
      headers.set("Content-Type", reply.contentType());
    }
    boolean noBody = exchange.getRequestMethod().equals("HEAD") || reply.body().length == 0;
    exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
    if (!noBody) {
      exchange.getResponseBody().write(reply.body());
    }
  }

  /**
   * The page with the live-reload module added before {@code </head>}. Only served responses get it: the
   * written site never does. The build number lets the script notice a rebuild it missed while loading.
   */
  static byte[] withReloadScript(byte[] html, int build) {
    String page = new String(html, StandardCharsets.UTF_8);
    String tag = "<script type=\"module\" src=\"" + SCRIPT_PATH + "?build=" + build + "\"></script>";
    int head = page.toLowerCase(java.util.Locale.ROOT).indexOf("</head>");
    String withTag = head < 0 ? tag + page : page.substring(0, head) + tag + "\n" + page.substring(head);
    return bytes(withTag);
  }

  private byte[] notBuiltPage() {
    String errors = failure.get() == null ? "" : failure.get();
    String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Build failed</title>\n</head>\n<body>\n<h1>The site has not built yet</h1>\n"
        + "<p>Fix these errors; the page reloads when the build succeeds.</p>\n<pre>" + Entities.escape(errors)
        + "</pre>\n</body>\n</html>\n";
    return withReloadScript(bytes(page), 0);
  }

  private static byte[] reloadScript() {
    return bytes(BundledResources.text(PreviewServer.class, "reload.js"));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
