package dev.hanji.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
  @TempDir
  Path cache;
  @TempDir
  Path jars;

  private String classPath() throws IOException {
    Path jar = jars.resolve("hanji-cli.jar");
    if (!Files.exists(jar)) {
      Files.writeString(jar, "jar");
    }
    return jar.toString();
  }

  private ClassDataArchive archive() throws IOException {
    return ClassDataArchive.in(cache, List.of("-Xmx1g"), classPath()).orElseThrow();
  }

  private static String value(List<String> arguments, String flag) {
    return arguments.stream().filter(argument -> argument.startsWith(flag)).findFirst()
        .map(argument -> argument.substring(flag.length())).orElse("");
  }

  private List<Path> archives() throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(file -> file.toString().endsWith(".jsa")).toList();
    }
  }

  @Test
  void theFirstBuildWritesTheArchiveThatLaterBuildsMap() throws IOException {
    List<String> first = archive().jvmArguments();
    assertTrue(first.contains("-Xlog:cds=off"), "the JVM's archive messages stay out of the build's output");
    Path writing = Path.of(value(first, "-XX:ArchiveClassesAtExit="));
    assertEquals(cache, writing.getParent());
    ClassDataArchive dumping = archive();
    Files.writeString(Path.of(value(dumping.jvmArguments(), "-XX:ArchiveClassesAtExit=")), "classes");
    dumping.finish(0);
    List<String> later = archive().jvmArguments();
    Path mapped = Path.of(value(later, "-XX:SharedArchiveFile="));
    assertEquals("classes", Files.readString(mapped));
    assertEquals("", value(later, "-XX:ArchiveClassesAtExit="));
    assertEquals(List.of(mapped), archives(), "no file is left half-written");
  }

  @Test
  void aFailedBuildLeavesNoArchive() throws IOException {
    ClassDataArchive dumping = archive();
    Path writing = Path.of(value(dumping.jvmArguments(), "-XX:ArchiveClassesAtExit="));
    Files.writeString(writing, "classes");
    dumping.finish(1);
    assertFalse(Files.exists(writing));
    assertEquals(List.of(), archives());
  }

  @Test
  void aNewJarGetsAnArchiveOfItsOwnAndOldArchivesArePruned() throws IOException {
    String before = value(archive().jvmArguments(), "-XX:ArchiveClassesAtExit=");
    Path jar = Path.of(classPath());
    for (int build = 1; build <= 5; build++) {
      Files.writeString(jar, "jar " + build);
      Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000L * build));
      ClassDataArchive dumping = archive();
      Path writing = Path.of(value(dumping.jvmArguments(), "-XX:ArchiveClassesAtExit="));
      assertNotEquals(before, writing.toString());
      Files.writeString(writing, "classes " + build);
      Files.setLastModifiedTime(writing, FileTime.fromMillis(1_000_000L * build));
      dumping.finish(0);
    }
    assertEquals(3, archives().size());
    assertEquals("classes 5", Files.readString(Path.of(value(archive().jvmArguments(), "-XX:SharedArchiveFile="))));
  }

  @Test
  void aUserWhoChoseClassSharingIsNotOverruled() throws IOException {
    for (String flag : List.of("-Xshare:off", "-XX:SharedArchiveFile=/x.jsa", "-XX:ArchiveClassesAtExit=/y.jsa")) {
      assertTrue(ClassDataArchive.in(cache, List.of(flag), classPath()).isEmpty(), flag);
    }
  }

  @Test
  void aClassPathWithAFolderOfClassesGetsNoArchive() throws IOException {
    String withFolder = classPath() + java.io.File.pathSeparator + jars;
    assertTrue(ClassDataArchive.in(cache, List.of(), withFolder).isEmpty());
  }

  @Test
  void withoutAHomeFolderNothingIsWrittenNextToTheProject() throws IOException {
    assertTrue(ClassDataArchive.in(Path.of("?", ".cache", "hanji"), List.of(), classPath()).isEmpty());
    assertFalse(Files.exists(Path.of("?")));
  }

  @Test
  void withoutAWritableCacheFolderThereIsNoArchive() throws IOException {
    Path file = cache.resolve("not-a-folder");
    Files.writeString(file, "");
    assertTrue(ClassDataArchive.in(file.resolve("hanji"), List.of(), classPath()).isEmpty());
  }
}
