package dev.hanji.core;

import dev.hanji.markdown.PageContext;
import dev.hanji.model.Site;
import dev.hanji.sources.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the built pages by source file, and every page source and attachment by file name (for wiki links),
 * in one language at a time. Made once per build.
 */
final class SiteLookup implements PageContext.PageLookup {
  private final Map<String, String> urlBySource = new TreeMap<>();
  private final Map<String, List<String>> pathsByName = new TreeMap<>();
  private final Map<String, String> pageByOldUrl = new TreeMap<>();

  SiteLookup(Site site, List<Sources.Asset> assets) {
    site.pages().forEach(page -> page.sourceFile().ifPresent(source -> {
      urlBySource.put(key(source.lang(), source.path()), page.url());
      addName(source.lang(), source.path());
    }));
    assets.forEach(asset -> addName(asset.lang(), asset.path()));
    site.pages().forEach(page -> page.aliases().forEach(alias -> pageByOldUrl.put(alias, page.url())));
    pathsByName.values().forEach(paths -> paths.sort(null));
  }

  @Override
  public Optional<String> urlOf(String lang, String sourcePath) {
    return Optional.ofNullable(urlBySource.get(key(lang, sourcePath)));
  }

  @Override
  public Optional<String> pageAtOldUrl(String siteUrl) {
    return Optional.ofNullable(pageByOldUrl.get(siteUrl));
  }

  @Override
  public List<String> pathsNamed(String lang, String fileName) {
    return pathsByName.getOrDefault(key(lang, fileName.toLowerCase(Locale.ROOT)), List.of());
  }

  /**
   * Everything a rendered body can depend on here, as one map: when it changes between two builds, the bodies
   * rendered before cannot be reused.
   */
  Map<String, String> fingerprint() {
    Map<String, String> all = new TreeMap<>(urlBySource);
    pathsByName.forEach((name, paths) -> all.put("name:" + name, String.join("\n", paths)));
    pageByOldUrl.forEach((alias, url) -> all.put("alias:" + alias, url));
    return all;
  }

  private void addName(String lang, String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    pathsByName.computeIfAbsent(key(lang, name), k -> new ArrayList<>()).add(path);
  }

  private static String key(String lang, String path) {
    return lang + ":" + path;
  }
}
