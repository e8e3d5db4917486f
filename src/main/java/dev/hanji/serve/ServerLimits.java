package dev.hanji.serve;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * What the preview server may take of the machine, so that a stuck or hostile client cannot exhaust it: a bounded
 * pool of request threads with a bounded queue (a request beyond both is refused, its connection closed), and the
 * JDK server's own limits on connections and on how long a request may take to arrive or a connection may idle.
 * Live-reload streams, each holding a thread while its page is open, are capped by {@link LiveReload} well below
 * the pool's size, so that pages are still served.
 */
final class ServerLimits {
  /** Request threads; each open live-reload stream holds one. */
  static final int THREADS = 32;
  /** Requests waiting for a thread before new ones are refused. */
  static final int QUEUED_REQUESTS = 64;
  private static final long IDLE_THREAD_SECONDS = 30;

  /**
   * The JDK server's limits ({@code sun.net.httpserver.*}): a request's line, headers and body must arrive within
   * 10 s (a client trickling headers is cut off), a kept-alive connection closes after 30 s idle, at most 64
   * connections are open and 16 idle. {@code maxRspTime} stays unset: it would cut the live-reload streams, which
   * are responses that last as long as their page is open.
   */
  private static final Map<String, String> JDK_SERVER_PROPERTIES = Map.of(
      "sun.net.httpserver.maxReqTime", "10",
      "sun.net.httpserver.idleInterval", "30",
      "sun.net.httpserver.maxConnections", "64",
      "sun.net.httpserver.maxIdleConnections", "16");

  private ServerLimits() {
  }

  /**
   * Sets the JDK server's limits, each unless the user set it ({@code -Dsun.net.httpserver.maxReqTime=...}). The JDK
   * reads them once, when its server is first used in the JVM, so this runs before the first server is made. They
   * are JVM-wide: another JDK HTTP server in the same JVM gets the same limits.
   */
  static void applyToJdkServer() {
    JDK_SERVER_PROPERTIES.forEach((key, value) -> {
      if (System.getProperty(key) == null) {
        System.setProperty(key, value);
      }
    });
  }

  /** The request threads: at most {@link #THREADS}, with {@link #QUEUED_REQUESTS} waiting; idle ones end. */
  static ExecutorService requestThreads() {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, IDLE_THREAD_SECONDS, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(QUEUED_REQUESTS), task -> {
          Thread thread = new Thread(task, "hanji-http");
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
