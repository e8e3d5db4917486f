package dev.hanji.sources;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Settings given as options, which override {@code content/site.yaml}, and how the front end spells an option, so
 * that an error about an option's value names it as the user wrote it.
 *
 * @param values     setting key ({@code baseUrl}, {@code title.ko} ...) → value
 * @param optionName setting key → the option as written ({@code -Dsite.baseUrl}, {@code --baseUrl})
 */
public record SiteOverrides(Map<String, String> values, UnaryOperator<String> optionName) {

  public SiteOverrides {
    values = Map.copyOf(values);
  }

  /** No overrides. */
  public static SiteOverrides none() {
    return new SiteOverrides(Map.of(), key -> "-Dsite." + key);
  }
}
