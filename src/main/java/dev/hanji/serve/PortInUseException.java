package dev.hanji.serve;

import java.io.IOException;

/** The preview port is taken (most often by another preview server); the message says how to pick another. */
public final class PortInUseException extends IOException {
  PortInUseException(int port, Throwable cause) {
    super("port " + port + " is in use — pass -Dsite.port=... (or --port=... to the command line) to use another one",
        cause);
  }
}
