package dev.hanji.model;

/**
 * How a page of a translated language stands against its default-language source.
 *
 * @param key        the page pair's key
 * @param source     the default-language page; null when the translation has no source
 * @param translated the translated page; null when it is missing
 * @param state      the verdict
 */
public record TranslationStatus(String key, Page source, Page translated, State state) {

  /** The verdict on one translation. */
  public enum State {
    /** The translation records the hash of the current source body. */
    CURRENT,
    /** The source body changed since the recorded hash. */
    STALE,
    /** The translation records no hash. */
    UNMARKED,
    /** No translation exists. */
    MISSING
  }
}
