package dev.hanji.serve;

/**
 * What the server answers to one request for a site file.
 *
 * @param status      HTTP status
 * @param contentType the {@code Content-Type}, or null for a redirect
 * @param body        the bytes sent (empty for a redirect)
 * @param location    where a redirect points, or null
 */
record Reply(int status, String contentType, byte[] body, String location) {
  static Reply file(int status, String contentType, byte[] body) {
    return new Reply(status, contentType, body, null);
  }

  static Reply redirect(String location) {
    return new Reply(301, null, new byte[0], location);
  }
}
