package dev.hanji.sources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The translation-status hash: the first 12 hex digits of SHA-256 over a page body (already LF and NFC).
 * An English page records the hash of the Korean body it translates; when the Korean body changes, the
 * hashes differ and the translation is stale.
 */
public final class SourceHash {
  private SourceHash() {
  }

  /** The hash of a normalised body. */
  public static String of(String body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
