package dev.hanji.importer;

/** The YAML front matter block an imported page starts with. */
final class FrontMatter {
  private FrontMatter() {
  }

  static String of(String title, int weight, String slug) {
    return "---\n"
        + "title: " + quoted(title) + "\n"
        + "weight: " + weight + "\n"
        + "slug: " + slug + "\n"
        + "---\n";
  }

  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
