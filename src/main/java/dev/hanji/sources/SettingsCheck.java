package dev.hanji.sources;

import dev.hanji.diagnostics.Diagnostics;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks the settings whose values every page carries (canonical links, sitemap, "edit this page", CNAME) before
 * any page is rendered, and reports a bad one once, where it was written: at its value in {@code content/site.yaml},
 * or at the option that overrode it ({@code -Dsite.baseUrl} for Maven, {@code --baseUrl} for the CLI).
 */
final class SettingsCheck {
  private static final Pattern DOMAIN = Pattern.compile(
      "(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

  /** One checked setting: its key, its effective value, what is wrong with a value (empty if nothing), the fix. */
  private record Rule(String key, Function<SiteSettings, String> value, Function<String, Optional<String>> problem,
                      String hint) {
  }

  private static final List<Rule> RULES = List.of(
      new Rule("baseUrl", SiteSettings::baseUrl, SettingsCheck::urlProblem,
          "write the absolute address the site is published at, such as https://user.github.io/repo/, with spaces "
              + "and quotes percent-encoded"),
      new Rule("repositoryUrl", SiteSettings::repositoryUrl, SettingsCheck::urlProblem,
          "write the repository's web address, such as https://github.com/user/repo"),
      new Rule("cname", SiteSettings::cname, SettingsCheck::domainProblem,
          "write a bare domain name such as docs.example.org, without https:// or a path"));

  private SettingsCheck() {
  }

  /**
   * Reports every bad setting.
   *
   * @param yaml the text of {@code site.yaml} (empty when there is none)
   * @param file how {@code site.yaml} is printed in diagnostics
   */
  static void check(SiteSettings settings, String yaml, String file, SiteOverrides options, Diagnostics diagnostics) {
    for (Rule rule : RULES) {
      String value = rule.value().apply(settings);
      if (value.isEmpty()) {
        continue;
      }
      rule.problem().apply(value).ifPresent(problem -> {
        String what = rule.key() + " '" + value + "' " + problem;
        if (options.values().containsKey(rule.key())) {
          diagnostics.error(options.optionName().apply(rule.key()), 0, 0, what, rule.hint());
        } else {
          YamlReader.Position where = YamlReader.valuePosition(yaml, rule.key(), 1)
              .orElse(new YamlReader.Position(0, 0));
          diagnostics.error(file, where.line(), where.column(), what, rule.hint());
        }
      });
    }
  }

  private static Optional<String> urlProblem(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      return Optional.of("is not a valid URL (" + e.getReason().toLowerCase(Locale.ROOT) + " at index " + e.getIndex()
          + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
      return Optional.of("is not an absolute http(s) URL with a host name");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return Optional.of("has a query or fragment, which page addresses cannot follow");
    }
    return Optional.empty();
  }

  private static Optional<String> domainProblem(String value) {
    return DOMAIN.matcher(value).matches() ? Optional.empty() : Optional.of("is not a domain name");
  }
}
