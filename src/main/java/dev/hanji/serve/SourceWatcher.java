package dev.hanji.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches source folders recursively (folders created later are watched too, and so is a source folder the site
 * does not have yet, once it is created) and reports each burst of
 * changes once, after {@value #QUIET_MILLIS} ms without further events — an editor's save is often several
 * events (write temp file, rename, touch), and one rebuild per save is enough. The callback runs on the
 * watcher's own thread, so rebuilds never overlap.
 */
final class SourceWatcher implements AutoCloseable {
  static final long QUIET_MILLIS = 100;

  private final WatchService service;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
  /** Parents of source folders that do not exist yet, watched only for those folders to be created. */
  private final Map<WatchKey, Path> parents = new ConcurrentHashMap<>();
  private final Set<Path> pending = ConcurrentHashMap.newKeySet();
  private final Consumer<Set<Path>> onChange;
  private final Thread thread;

  private SourceWatcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.onChange = onChange;
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        registerTree(root);
      } else {
        awaitCreation(root);
      }
    }
    this.thread = new Thread(this::loop, "hanji-watcher");
    thread.setDaemon(true);
  }

  /** Starts watching; {@code onChange} gets the changed paths of each burst. */
  static SourceWatcher start(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
    SourceWatcher watcher = new SourceWatcher(roots, onChange);
    watcher.thread.start();
    return watcher;
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (Thread.currentThread() != thread) {
      thread.interrupt();
      try {
        thread.join(TimeUnit.SECONDS.toMillis(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void loop() {
    try {
      while (true) {
        Set<Path> changed = new TreeSet<>();
        collect(service.take(), changed);
        WatchKey next;
        while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          collect(next, changed);
        }
        onChange.accept(changed);
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closing the watcher ends the loop
    }
  }

  private void collect(WatchKey key, Set<Path> changed) {
    Path parent = parents.get(key);
    if (parent != null) {
      collectCreatedRoots(key, parent, changed);
      return;
    }
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (folder == null || !(event.context() instanceof Path name)) {
        changed.add(folder == null ? Path.of("") : folder);
        continue;
      }
      Path path = folder.resolve(name);
      changed.add(path);
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
        registerQuietly(path);
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
  }

  /**
   * A source folder a site does not have yet ({@code site-templates/} of a new site, which uses the bundled theme):
   * its parent is watched for it to appear, and from then on it is watched like the others.
   */
  private void awaitCreation(Path root) throws IOException {
    Path parent = root.toAbsolutePath().normalize().getParent();
    if (parent != null && Files.isDirectory(parent)) {
      pending.add(root.toAbsolutePath().normalize());
      if (!parents.containsValue(parent)) {
        parents.put(parent.register(service, ENTRY_CREATE), parent);
      }
    }
  }

  private void collectCreatedRoots(WatchKey key, Path parent, Set<Path> changed) {
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.context() instanceof Path name && pending.contains(parent.resolve(name))
          && Files.isDirectory(parent.resolve(name))) {
        pending.remove(parent.resolve(name));
        registerQuietly(parent.resolve(name));
        changed.add(parent.resolve(name));
      }
    }
    if (!key.reset()) {
      parents.remove(key);
    }
  }

  private void registerQuietly(Path folder) {
    try {
      registerTree(folder);
    } catch (IOException | UncheckedIOException e) {
      // the folder went away again before it could be watched; the next change to its parent brings it back
    }
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path folder : walk.filter(Files::isDirectory).toList()) {
        folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
      }
    }
  }
}
