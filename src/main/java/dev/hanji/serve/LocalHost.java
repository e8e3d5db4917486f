package dev.hanji.serve;

import java.util.Locale;
import java.util.Set;

/**
 * Which {@code Host} headers the preview answers: only the loopback names a browser on this machine uses,
 * {@code 127.0.0.1}, {@code localhost} and {@code [::1]}, with the server's port. A web page that rebinds its own
 * domain name to 127.0.0.1 (DNS rebinding) sends its own name, gets 403, and cannot read drafts through the
 * reader's browser.
 */
final class LocalHost {
  private static final Set<String> NAMES = Set.of("127.0.0.1", "localhost", "[::1]");
  private static final int DEFAULT_HTTP_PORT = 80;

  private LocalHost() {
  }

  /** Whether a request with this {@code Host} header (null when it has none) may be answered on {@code port}. */
  static boolean allows(String host, int port) {
    if (host == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT);
    String portSuffix = ":" + port;
    if (name.endsWith(portSuffix)) {
      return NAMES.contains(name.substring(0, name.length() - portSuffix.length()));
    }
    return port == DEFAULT_HTTP_PORT && NAMES.contains(name);
  }
}
