package dev.hanji.serve;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.cli.Main;
import dev.hanji.testing.FixtureSite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK server's limits ({@link ServerLimits}) hold. They are read once per JVM, when its first JDK HTTP server
 * starts, and other tests start servers of their own, so the preview runs here in a JVM of its own, as it does
 * for a user.
 */
class ServerLimitsTest {
  private static final Pattern URL = Pattern.compile("preview: http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir
  Path dir;

  @Test
  void aClientThatNeverFinishesItsRequestIsCutOffAfterTheRequestTimeLimit() throws Exception {
    FixtureSite.copyTo(dir);
    Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "serve", "--projectDir=" + dir, "--port=0",
        "--baseUrl=https://docs.example.org/").redirectErrorStream(true).start();
    try {
      int port = portOf(serve).get(60, TimeUnit.SECONDS);
      try (Socket slow = new Socket("127.0.0.1", port)) {
        slow.setSoTimeout(30_000);
        slow.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n").getBytes(ISO_8859_1));
        long start = System.nanoTime();
        boolean closed = closedWithoutAnswer(slow.getInputStream());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(closed, "the server closes the connection without answering");
        assertTrue(seconds > 8 && seconds < 25, "closed after " + seconds + " s, expected about 10");
      }
      assertTrue(answers(port), "a whole request is still answered");
    } finally {
      serve.destroy();
      if (!serve.waitFor(10, TimeUnit.SECONDS)) {
        serve.destroyForcibly();
      }
    }
  }

  private static boolean closedWithoutAnswer(InputStream in) throws IOException {
    try {
      return in.read() < 0;
    } catch (SocketException reset) {
      return true;
    }
  }

  private static boolean answers(int port) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
          .getBytes(ISO_8859_1));
      return new String(socket.getInputStream().readNBytes(12), ISO_8859_1).startsWith("HTTP/1.1 ");
    }
  }

  /** The port the server prints; its output is read to the end, so that it never blocks on a full pipe. */
  private static CompletableFuture<Integer> portOf(Process serve) {
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          Matcher url = URL.matcher(line);
          if (url.find()) {
            port.complete(Integer.parseInt(url.group(1)));
          }
        }
      } catch (IOException e) {
        port.completeExceptionally(e);
      }
      port.completeExceptionally(new AssertionError("serve printed no URL"));
    }, "test-serve-output");
    reader.setDaemon(true);
    reader.start();
    return port;
  }
}
