package dev.hanji.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image sizes are read from an SVG's viewBox and from raster headers; anything else has none. */
class ImageSizeTest {
  @TempDir
  Path dir;

  @Test
  void svgSizeComesFromItsViewBox() throws Exception {
    Path svg = Files.writeString(dir.resolve("a.svg"),
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 442.4 218\"><rect/></svg>");
    assertEquals(Optional.of(new ImageSize(442, 218)), ImageSize.of(svg));
  }

  @Test
  void pngAndJpegSizesComeFromTheirHeaders() throws Exception {
    for (String format : new String[] {"png", "jpg"}) {
      Path file = dir.resolve("a." + format);
      ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), format.equals("jpg") ? "jpeg" : format,
          file.toFile());
      assertEquals(Optional.of(new ImageSize(30, 20)), ImageSize.of(file), format);
    }
  }

  @Test
  void unreadableOrUnsizedFilesHaveNoSize() throws Exception {
    assertEquals(Optional.empty(), ImageSize.of(Files.writeString(dir.resolve("b.svg"), "<svg width=\"100%\"/>")));
    assertEquals(Optional.empty(), ImageSize.of(Files.writeString(dir.resolve("c.png"), "not a png")));
    assertEquals(Optional.empty(), ImageSize.of(dir.resolve("missing.webp")));
  }
}
