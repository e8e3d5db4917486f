package dev.hanji.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.core.BuildOptions;
import dev.hanji.core.SiteInit;
import dev.hanji.core.SiteGenerator;
import dev.hanji.testing.DiagnosticFormat;
import dev.hanji.testing.FixtureSite;
import dev.hanji.testing.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {
  private static final Duration EDIT_DEADLINE = Duration.ofSeconds(2);
  private static final Duration EVENT_DEADLINE = Duration.ofSeconds(5);

  @TempDir
  Path dir;
  private final ByteArrayOutputStream consoleOut = new ByteArrayOutputStream();
  private final ByteArrayOutputStream consoleErr = new ByteArrayOutputStream();
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private BuildOptions options;
  private PreviewServer server;

  @BeforeEach
  void start() throws IOException {
    // served at the root here; BasePathCrawlTest covers a site published under a path
    options = FixtureSite.copyTo(dir).withSetting("baseUrl", "https://docs.example.org/");
    server = PreviewServer.start(options, PreviewServer.Console.of(
        new PrintStream(consoleOut, true, StandardCharsets.UTF_8), new PrintStream(consoleErr, true,
            StandardCharsets.UTF_8)));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void servesPagesWithUtf8ContentTypesAndTellsTheUrl() throws Exception {
    HttpResponse<String> home = get("");
    assertEquals(200, home.statusCode());
    assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(home.body().contains("시작하기"), home.body());
    assertTrue(consoleOut.toString(StandardCharsets.UTF_8).contains(server.url()));
    assertTrue(server.url().matches("http://127\\.0\\.0\\.1:\\d+/"), server.url());

    assertEquals("text/css; charset=utf-8", get("assets/site.css").headers().firstValue("Content-Type").orElseThrow());
    assertEquals("text/javascript; charset=utf-8",
        get("assets/site.js").headers().firstValue("Content-Type").orElseThrow());
    assertEquals("image/svg+xml; charset=utf-8",
        get("images/raid-10.svg").headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void injectsTheReloadModuleIntoServedHtmlOnlyNeverIntoTheWrittenSite() throws Exception {
    String page = get("ops/raid/").body();
    int script = page.indexOf("<script type=\"module\" src=\"/__hanji/reload.js");
    assertTrue(script > 0 && script < page.indexOf("</head>"), page);
    HttpResponse<String> js = get("__hanji/reload.js");
    assertEquals("text/javascript; charset=utf-8", js.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(js.body().contains("new EventSource('/__hanji/events')"));
    assertFalse(get("assets/site.css").body().contains("__hanji"));

    SiteGenerator.generate(options);
    try (Stream<Path> written = Files.walk(options.outputDir())) {
      for (Path file : written.filter(Files::isRegularFile).toList()) {
        assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("__hanji"), file.toString());
      }
    }
  }

  @Test
  void folderUrlsServeIndexAndRedirectWithoutTrailingSlash() throws Exception {
    HttpResponse<String> section = get("ops");
    assertEquals(301, section.statusCode());
    assertEquals("/ops/", section.headers().firstValue("Location").orElseThrow());
    assertEquals(200, get("ops/").statusCode());
    assertEquals(get("ops/").body(), get("ops/index.html").body());
  }

  @Test
  void unknownPathsGetTheSite404Page() throws Exception {
    HttpResponse<String> missing = get("no/such/page/");
    assertEquals(404, missing.statusCode());
    assertEquals("text/html; charset=utf-8", missing.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(missing.body().contains("data-page-kind=\"not_found\""), missing.body());
  }

  @Test
  void traversalAttemptsGet404() throws Exception {
    Files.writeString(dir.resolve("secret.txt"), "top secret");
    for (String path : new String[] {"/../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml", "//etc/passwd",
        "/%2E%2E/%2E%2E/etc/passwd", "/ops/..%5c..%5csecret.txt", "/..\\secret.txt", "/../secret.txt",
        "/./secret.txt", "/assets/../../secret.txt", "/C:/Windows/win.ini", "/%00/secret.txt"}) {
      String answer = rawGet(path);
      // a raw backslash is not legal in a URI: the JDK's HTTP server refuses it (400) before any handler runs
      String expected = path.contains("\\") ? "HTTP/1.1 400" : "HTTP/1.1 404";
      assertTrue(answer.startsWith(expected), path + " → " + answer.lines().findFirst().orElse(""));
      assertFalse(answer.contains("top secret") || answer.contains("<project") || answer.contains("root:"), path);
    }
  }

  @Test
  void onlyLoopbackHostNamesWithThePortAreAnswered() throws Exception {
    int port = URI.create(server.url()).getPort();
    for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port}) {
      assertTrue(rawGet("/ops/raid/", host).startsWith("HTTP/1.1 200"), host);
    }
    for (String host : new String[] {"evil.example:" + port, "evil.example", "127.0.0.1", "localhost:1",
        "127.0.0.1.evil.example:" + port, "localhost:" + port + ".evil.example"}) {
      for (String path : new String[] {"/ops/raid/", "/__hanji/events", "/__hanji/reload.js", "/no/such/"}) {
        String answer = rawGet(path, host);
        assertTrue(answer.startsWith("HTTP/1.1 403"), host + path + " → " + answer);
        assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: text/plain; charset=utf-8"), answer);
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertTrue(body.startsWith("forbidden: ") && body.length() < 200, body);
      }
    }
  }

  @Test
  void eventStreamsBeyondTheCapGet503AndPagesAreStillServed() throws Exception {
    List<EventStream> open = new ArrayList<>();
    try {
      for (int i = 0; i < LiveReload.MAX_STREAMS; i++) {
        EventStream stream = new EventStream(client, events());
        open.add(stream);
        stream.await("hello", EVENT_DEADLINE);
      }
      for (int extra = 0; extra < 3; extra++) {
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(events()).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(503, refused.statusCode());
        assertTrue(refused.body().startsWith("too many live-reload streams open"), refused.body());
      }
      assertEquals(200, get("ops/raid/").statusCode());
      Path page = options.contentDir().resolve("en/index.md");
      Files.writeString(page, Files.readString(page) + "\nStill reloading.\n");
      for (EventStream stream : open) {
        stream.await("reload", EVENT_DEADLINE);
      }
    } finally {
      open.forEach(EventStream::close);
    }
  }

  @Test
  void anEditShowsUpWithinTwoSeconds() throws Exception {
    Path page = options.contentDir().resolve("ko/ops/raid.md");
    Files.writeString(page, Files.readString(page) + "\n방금 고친 문장입니다.\n");
    long deadline = System.nanoTime() + EDIT_DEADLINE.toNanos();
    while (!get("ops/raid/").body().contains("방금 고친 문장입니다.")) {
      assertTrue(System.nanoTime() < deadline, "the edit did not show within " + EDIT_DEADLINE);
      Thread.sleep(50);
    }
  }

  @Test
  void aSuccessfulRebuildSendsReload() throws Exception {
    try (EventStream events = new EventStream(client, events())) {
      events.await("hello", EVENT_DEADLINE);
      Path page = options.contentDir().resolve("en/index.md");
      Files.writeString(page, Files.readString(page) + "\nOne more sentence.\n");
      events.await("reload", EVENT_DEADLINE);
      assertTrue(get("en/").body().contains("One more sentence."));
      assertEquals(200, get("en/search/index.json").statusCode());
      HttpResponse<String> home = get("en/search/docs/0.json");
      assertEquals(200, home.statusCode());
      assertTrue(home.body().contains("One more sentence."), "the search index, made after the reload, is served");
      assertTrue(consoleOut.toString(StandardCharsets.UTF_8).contains("; rendered 1 page, reused the rest"),
          "an edit to one page rerenders that page only: " + consoleOut.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aBrokenEditKeepsTheLastGoodSiteAndSendsTheErrorUntilFixed() throws Exception {
    Path page = options.contentDir().resolve("ko/ops/raid.md");
    String good = Files.readString(page);
    String before = get("ops/raid/").body();
    try (EventStream events = new EventStream(client, events())) {
      events.await("hello", EVENT_DEADLINE);
      Files.writeString(page, "---\ntitle: [unclosed\n---\n본문입니다.\n");

      String errors = events.await("error", EVENT_DEADLINE).data();
      assertTrue(errors.matches("(?s).*content/ko/ops/raid\\.md:\\d+(:\\d+)?: error: .*"), errors);
      assertEquals(before, get("ops/raid/").body());
      assertTrue(consoleErr.toString(StandardCharsets.UTF_8).contains("content/ko/ops/raid.md:"));

      try (EventStream late = new EventStream(client, events())) {
        assertEquals(errors, late.await("error", EVENT_DEADLINE).data(), "a page opened later sees the error too");
      }

      Files.writeString(page, good + "\n고쳤습니다.\n");
      events.await("reload", EVENT_DEADLINE);
      assertTrue(get("ops/raid/").body().contains("고쳤습니다."));
    }
  }

  @Test
  void emptyingTheDefaultLanguageRebuildsAHomeThatSaysSoAndRestoringItBringsThePagesBack() throws Exception {
    Path ko = options.contentDir().resolve("ko");
    Path aside = dir.resolve("ko-aside");
    try (EventStream events = new EventStream(client, events())) {
      events.await("hello", EVENT_DEADLINE);
      Files.move(ko, aside);
      Files.createDirectory(ko);

      events.await("reload", EVENT_DEADLINE);
      assertTrue(get("").body().contains("notice-empty"), "the generated home says there is nothing yet");
      assertEquals(404, get("ops/raid/").statusCode());

      Files.delete(ko);
      Files.move(aside, ko);
      events.await("reload", EVENT_DEADLINE);
      Path page = ko.resolve("ops/raid.md");
      Files.writeString(page, Files.readString(page) + "\n다시 고쳤습니다.\n");
      events.await("reload", EVENT_DEADLINE);
      assertTrue(get("ops/raid/").body().contains("다시 고쳤습니다."));
    }
  }

  @Test
  void aBaseUrlWithAQuoteInSiteYamlIsShownAtItsLineAndTheServerRecovers() throws Exception {
    BuildOptions own = FixtureSite.copyTo(dir.resolve("own")); // no -Dsite.baseUrl: site.yaml's is used
    Path siteYaml = own.contentDir().resolve("site.yaml");
    String good = Files.readString(siteYaml);
    try (PreviewServer preview = PreviewServer.start(own, PreviewServer.Console.of(
        new PrintStream(consoleOut, true, StandardCharsets.UTF_8),
        new PrintStream(consoleErr, true, StandardCharsets.UTF_8)));
         EventStream events = new EventStream(client, URI.create(preview.url()).resolve("/__hanji/events"))) {
      events.await("hello", EVENT_DEADLINE);
      Files.writeString(siteYaml, good.replace("baseUrl: https://hanji-docs.github.io/kafka-cluster-guide/",
          "baseUrl: https://hanji-docs.github.io/kafka\"guide/"));

      String errors = events.await("error", EVENT_DEADLINE).data();
      assertTrue(errors.startsWith("content/site.yaml:3:10: error: baseUrl 'https://hanji-docs.github.io/kafka\"guide/'"
          + " is not a valid URL"), errors);
      assertTrue(DiagnosticFormat.FORMAT.matcher(errors).matches(), errors);
      String console = consoleErr.toString(StandardCharsets.UTF_8);
      assertTrue(console.contains(errors) && !console.contains("\tat "), "the error, no stack trace: " + console);

      Files.writeString(siteYaml, good);
      events.await("reload", EVENT_DEADLINE);
      assertEquals(200, client.send(HttpRequest.newBuilder(URI.create(preview.url() + "ops/raid/")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode());
    }
  }

  @Test
  void aNewSiteWithTheBundledThemeIsWatchedForATemplatesFolderItCreatesLater() throws Exception {
    BuildOptions fresh = BuildOptions.forProject(dir.resolve("fresh")).withPort(0);
    SiteInit.run(fresh);
    try (PreviewServer preview = PreviewServer.start(fresh, PreviewServer.Console.of(
        new PrintStream(consoleOut, true, StandardCharsets.UTF_8),
        new PrintStream(consoleErr, true, StandardCharsets.UTF_8)));
         EventStream events = new EventStream(client, URI.create(preview.url()).resolve("/__hanji/events"))) {
      events.await("hello", EVENT_DEADLINE);
      Path bundle = fresh.templatesDir().resolve("i18n/messages_ko.properties");
      Files.createDirectories(bundle.getParent());
      Files.writeString(bundle, Files.readString(TestSites.projectDir().resolve(
          "site-templates/i18n/messages_ko.properties")).replace("skip.to.content=본문으로 건너뛰기",
          "skip.to.content=바로 본문으로"));
      long deadline = System.nanoTime() + EVENT_DEADLINE.toNanos();
      while (!client.send(HttpRequest.newBuilder(URI.create(preview.url())).build(),
          HttpResponse.BodyHandlers.ofString()).body().contains("바로 본문으로")) {
        assertTrue(System.nanoTime() < deadline, "the site's own bundle was not picked up");
        Thread.sleep(50);
      }
    }
  }

  @Test
  void newFoldersAreWatched() throws Exception {
    try (EventStream events = new EventStream(client, events())) {
      events.await("hello", EVENT_DEADLINE);
      Path folder = Files.createDirectories(options.contentDir().resolve("ko/new"));
      events.await("reload", EVENT_DEADLINE);
      Files.writeString(folder.resolve("page.md"), "---\ntitle: 새 페이지\n---\n새 폴더의 페이지입니다.\n");
      events.await("reload", EVENT_DEADLINE);
      assertTrue(get("new/page/").body().contains("새 폴더의 페이지입니다."));
    }
  }

  @Test
  void aSecondServerOnTheSamePortFailsClearly() {
    int port = URI.create(server.url()).getPort();
    PortInUseException busy = assertThrows(PortInUseException.class,
        () -> PreviewServer.start(options.withPort(port), PreviewServer.Console.of(System.out, System.err)));
    assertTrue(busy.getMessage().startsWith("port " + port + " is in use — pass -Dsite.port="), busy.getMessage());
  }

  @Test
  void closeStopsServingAndReleasesThePort() throws Exception {
    int port = URI.create(server.url()).getPort();
    Thread waiter = new Thread(() -> {
      try {
        server.awaitStop();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    waiter.start();
    server.close();
    waiter.join(5000);
    assertFalse(waiter.isAlive(), "awaitStop returns once closed");
    try (PreviewServer again = PreviewServer.start(options.withPort(port),
        PreviewServer.Console.of(System.out, System.err))) {
      assertEquals(200, client.send(HttpRequest.newBuilder(URI.create(again.url())).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode());
    }
  }

  private URI events() {
    URI base = URI.create(server.url());
    return base.resolve("/__hanji/events");
  }

  private HttpResponse<String> get(String relative) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(server.url() + relative)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Sends the request line exactly as written, so no client library tidies the path first. */
  private String rawGet(String path) throws IOException {
    return rawGet(path, "127.0.0.1:" + URI.create(server.url()).getPort());
  }

  /** Sends a request with exactly this {@code Host} header. */
  private String rawGet(String path, String host) throws IOException {
    URI base = URI.create(server.url());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
