package dev.hanji.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The intrinsic size of an image file, read without decoding it: the page writes it as {@code width} and
 * {@code height} so the browser reserves the space before the image arrives and the text does not jump.
 *
 * @param width  in CSS pixels
 * @param height in CSS pixels
 */
public record ImageSize(int width, int height) {
  private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern VIEW_BOX = Pattern.compile(
      "\\bviewBox\\s*=\\s*[\"']\\s*[-\\d.]+[\\s,]+[-\\d.]+[\\s,]+([\\d.]+)[\\s,]+([\\d.]+)\\s*[\"']");
  private static final int SVG_HEAD_BYTES = 4096;

  /**
   * The size of an SVG (from its {@code viewBox}) or of a raster image the JDK can read (PNG, JPEG, GIF,
   * BMP); empty for anything else or an unreadable file.
   */
  public static Optional<ImageSize> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      return name.endsWith(".svg") ? svg(file) : raster(file);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<ImageSize> svg(Path file) throws IOException {
    byte[] head;
    try (var in = Files.newInputStream(file)) {
      head = in.readNBytes(SVG_HEAD_BYTES);
    }
    Matcher tag = SVG_TAG.matcher(new String(head, StandardCharsets.UTF_8));
    if (!tag.find()) {
      return Optional.empty();
    }
    Matcher box = VIEW_BOX.matcher(tag.group());
    return box.find() ? sized(Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2))) : Optional.empty();
  }

  private static Optional<ImageSize> raster(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return sized(reader.getWidth(0), reader.getHeight(0));
      } finally {
        reader.dispose();
      }
    }
  }

  private static Optional<ImageSize> sized(double width, double height) {
    long w = Math.round(width);
    long h = Math.round(height);
    return w > 0 && h > 0 && w < 100_000 && h < 100_000 ? Optional.of(new ImageSize((int) w, (int) h))
        : Optional.empty();
  }
}
