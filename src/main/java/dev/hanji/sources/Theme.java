package dev.hanji.sources;

import dev.hanji.files.ProjectFolders;
import dev.hanji.diagnostics.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The site's look — page template, message bundles, stylesheet, scripts, favicon — looked up file by file, as
 * Hugo looks up a theme: a file in the site's own {@code site-templates/} or {@code static/} wins, and every
 * other one comes from the default theme bundled in the generator's jar. A new site needs neither folder, and an
 * upgrade of the generator reaches every file a site did not override.
 */
public final class Theme {
  /** Where the bundled templates and message bundles lie on the class path (a folder, ending in {@code /}). */
  public static final String BUNDLED_TEMPLATES = "dev/hanji/theme/site-templates/";
  private static final String BUNDLED_STATIC = "dev/hanji/theme/static/";
  /** A file every build of the generator bundles: where it lies tells where the others are. */
  private static final String MARKER = "assets/site.css";
  private static final String BUNDLED_DISPLAY = "hanji-maven-plugin.jar!/";
  private static volatile SortedMap<String, byte[]> bundledStatic;

  private Theme() {
  }

  /**
   * One file of the theme: the site's own (a {@link #file()} on disk) or the bundled copy.
   *
   * @param path site-relative path it is published at ({@code assets/site.css})
   * @param file the site's own file, or null for the bundled copy
   */
  public record StaticFile(String path, Path file) {
    /** Whether the file comes from the generator's jar. */
    public boolean isBundled() {
      return file == null;
    }

    /** The file's bytes. */
    public byte[] bytes() throws IOException {
      return file != null ? Files.readAllBytes(file) : bundledStatic().get(path).clone();
    }
  }

  /**
   * Every file to copy into the site from {@code static/}: the site's own files (listed by {@code walker}, which
   * reports skipped links to {@code diagnostics}) over the bundled theme's, by site path in path order.
   */
  public static SortedMap<String, StaticFile> staticFiles(ProjectFolders options, FolderWalker walker,
                                                          Diagnostics diagnostics) {
    SortedMap<String, StaticFile> files = new TreeMap<>();
    bundledStatic().keySet().forEach(path -> files.put(path, new StaticFile(path, null)));
    walker.files(options.staticDir(), options.display(options.staticDir()), diagnostics)
        .forEach((path, file) -> files.put(path, new StaticFile(path, file)));
    return files;
  }

  /**
   * The site's own copy of a template file ({@code page.html}, {@code i18n/messages_ko.properties}) under the
   * templates folder; it may not exist, and the bundled one is used then.
   */
  public static Path ownTemplate(ProjectFolders options, String relative) {
    return options.templatesDir().resolve(relative);
  }

  /** How diagnostics name a template file: the site's own by its path, the bundled one inside the jar. */
  public static String templateDisplay(ProjectFolders options, String relative) {
    Path own = ownTemplate(options, relative);
    return Files.exists(own) ? options.display(own) : BUNDLED_DISPLAY + BUNDLED_TEMPLATES + relative;
  }

  /** The bundled copy of a template file, or null when the theme has none by that name. */
  public static InputStream bundledTemplate(String relative) {
    return Theme.class.getClassLoader().getResourceAsStream(BUNDLED_TEMPLATES + relative);
  }

  /** The bundled static files by site path, read from the jar (or class folder) once per process. */
  private static SortedMap<String, byte[]> bundledStatic() {
    SortedMap<String, byte[]> files = bundledStatic;
    if (files == null) {
      synchronized (Theme.class) {
        if (bundledStatic == null) {
          bundledStatic = Collections.unmodifiableSortedMap(readBundledStatic());
        }
        files = bundledStatic;
      }
    }
    return files;
  }

  private static SortedMap<String, byte[]> readBundledStatic() {
    URL marker = Theme.class.getClassLoader().getResource(BUNDLED_STATIC + MARKER);
    if (marker == null) {
      throw new IllegalStateException(BUNDLED_STATIC + MARKER + " is missing from the generator's jar");
    }
    try {
      return marker.getProtocol().equals("jar") ? fromJar(marker) : fromFolder(marker);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled theme from the generator's jar", e);
    }
  }

  private static SortedMap<String, byte[]> fromJar(URL marker) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    JarURLConnection connection = (JarURLConnection) marker.openConnection();
    connection.setUseCaches(false);
    try (JarFile jar = connection.getJarFile()) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        if (!entry.isDirectory() && entry.getName().startsWith(BUNDLED_STATIC)) {
          try (InputStream in = jar.getInputStream(entry)) {
            files.put(entry.getName().substring(BUNDLED_STATIC.length()), in.readAllBytes());
          }
        }
      }
    }
    return files;
  }

  private static SortedMap<String, byte[]> fromFolder(URL marker) throws IOException {
    Path root;
    try {
      root = Path.of(marker.toURI()).getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IOException("unexpected class path entry " + marker, e);
    }
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }
}
