package dev.hanji.markdown;

import dev.hanji.sources.ImageSize;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the Markdown stage needs to know about the page it renders and the site around it.
 *
 * @param lang        the page's language
 * @param sourcePath  the page's path in its language folder ({@code ops/raid.md})
 * @param displayPath how diagnostics name the file
 * @param bodyLine    file line on which the Markdown body starts
 * @param url         the page's output URL, relative to the site root ({@code en/raid/})
 * @param langPrefix  where the language's pages live ({@code ""} or {@code en/})
 * @param pages       finds a page's URL by language and source path, and files by name
 * @param messages    UI text of the page's language by key
 * @param imageSizes  the intrinsic size of a site file by its path from the site root ({@code images/a.svg}),
 *                    if it is an image the build can measure
 */
public record PageContext(String lang, String sourcePath, String displayPath, int bodyLine, String url,
                          String langPrefix, PageLookup pages, Function<String, String> messages,
                          Function<String, Optional<ImageSize>> imageSizes) {

  /** Finds pages by their source file. */
  @FunctionalInterface
  public interface PageLookup {
    /** The URL (relative to the site root) of the page at {@code sourcePath} in {@code lang}, if it exists. */
    Optional<String> urlOf(String lang, String sourcePath);

    /**
     * The paths, inside {@code lang}'s folder, of every built page's source and every attachment whose file name is
     * {@code fileName} ignoring case ({@code 노트.md}, {@code 그림.png}), as wiki links find them; none by default.
     */
    default List<String> pathsNamed(String lang, String fileName) {
      return List.of();
    }

    /**
     * The URL of the page that the old URL {@code siteUrl} ({@code posts/kafka-tuning/}, an alias) redirects to, so
     * that a link written to the old URL goes straight to the page and its anchors can be checked; none by default.
     */
    default Optional<String> pageAtOldUrl(String siteUrl) {
      return Optional.empty();
    }
  }

  /** The folder of the source file inside the language folder, empty at the top. */
  public String folder() {
    int slash = sourcePath.lastIndexOf('/');
    return slash < 0 ? "" : sourcePath.substring(0, slash);
  }
}
