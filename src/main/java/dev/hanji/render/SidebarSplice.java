package dev.hanji.render;

import dev.hanji.render.PageView.NavItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Puts a page's sidebar together from pieces Thymeleaf printed once per build, instead of letting Thymeleaf walk
 * every entry of every page's sidebar: a page lists the hundred or so pages of its section, each of those pages
 * lists the same ones again, and that walk was two thirds of the template time.
 *
 * <p>Every byte still comes from the template. {@link #of} prints the template's {@value #FRAGMENT} fragment for
 * a few stand-in entries and learns from them what it prints before, between and after the entries of a list;
 * each real entry is then printed alone, once, and remembered. That rests on two things true of the bundled
 * template: what the fragment prints for an entry depends on the entry alone, and an entry with children holds
 * the fragment's output for them. So {@link TemplateRenderer} uses this for the bundled template only, and prints
 * a page with Thymeleaf alone whenever a piece does not look as the stand-ins said it would.
 */
final class SidebarSplice {
  /** The bundled template's fragment that prints a list of entries, and itself again for an entry's children. */
  static final String FRAGMENT = "navtree";

  /** Thymeleaf's output of the fragment for a list. */
  private final Function<List<NavItem>, String> fragment;
  /** A word no page contains: every stand-in's title and link carry it. */
  private final String marker;
  private final Layout layout;
  /** What a page's sidebar holds while the page is printed: one stand-in entry, found and replaced afterwards. */
  private final List<NavItem> placeholder;
  private final String placeholderTree;
  /** The children given to an entry that has some when it is printed alone: one stand-in. */
  private final List<NavItem> childStandIn;
  private final String childStandInTree;
  private final Map<EntryKey, Optional<Entry>> entries = new ConcurrentHashMap<>();

  /**
   * What the fragment prints around and between the entries of a list.
   *
   * @param empty the whole output for an empty list
   * @param head  the output before the first entry
   * @param joint the output between two entries
   * @param tail  the output after the last entry
   */
  private record Layout(String empty, String head, String joint, String tail) {
  }

  /** The output for one entry: {@code before}, then the children's list if it has any, then {@code after}. */
  private record Entry(String before, String after) {
  }

  /**
   * What an entry's pieces depend on. Not a record: a record's generated {@code equals} and {@code hashCode} cost
   * several times more under the C1 compiler a build runs with, and every entry of every page is looked up.
   */
  private static final class EntryKey {
    private final NavItem item;
    private final int hash;

    EntryKey(NavItem item) {
      this.item = item;
      this.hash = (Objects.hashCode(item.title()) * 31 + Objects.hashCode(item.href())) * 8 + (item.current() ? 4 : 0)
          + (item.open() ? 2 : 0) + (item.children().isEmpty() ? 0 : 1);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof EntryKey key && key.hash == hash && Objects.equals(key.item.href(), item.href())
          && Objects.equals(key.item.title(), item.title()) && key.item.current() == item.current()
          && key.item.open() == item.open() && key.item.children().isEmpty() == item.children().isEmpty();
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private SidebarSplice(Function<List<NavItem>, String> fragment, String marker, Layout layout) {
    this.fragment = fragment;
    this.marker = marker;
    this.layout = layout;
    this.placeholder = List.of(standIn(marker, 0, false, false, List.of()));
    this.placeholderTree = fragment.apply(placeholder);
    this.childStandIn = List.of(standIn(marker, 9, false, false, List.of()));
    this.childStandInTree = fragment.apply(childStandIn);
  }

  /**
   * A splice for the fragment printed by {@code fragment}, or empty when the fragment's output is not made of
   * entries printed one after another (then only Thymeleaf can print the sidebar).
   */
  static Optional<SidebarSplice> of(Function<List<NavItem>, String> fragment) {
    String marker = "hanji-" + UUID.randomUUID();
    NavItem child = standIn(marker, 5, false, false, List.of());
    List<NavItem> kinds = List.of(standIn(marker, 1, false, false, List.of()),
        standIn(marker, 2, true, true, List.of()), standIn(marker, 3, false, true, List.of(child)),
        standIn(marker, 4, true, false, List.of()));
    List<String> alone = kinds.stream().map(kind -> fragment.apply(List.of(kind))).toList();
    String head = alone.get(0).substring(0, commonPrefix(alone));
    String tail = alone.get(0).substring(alone.get(0).length() - commonSuffix(alone));
    Optional<String> joint = inner(alone.get(0), head, tail).flatMap(first -> inner(alone.get(1), head, tail)
        .flatMap(second -> inner(fragment.apply(kinds.subList(0, 2)), head + first, second + tail)));
    return joint.map(between -> new SidebarSplice(fragment, marker,
            new Layout(fragment.apply(List.of()), head, between, tail)))
        .filter(splice -> splice.agreesWithThymeleaf(kinds, child));
  }

  /**
   * Whether lists of the stand-ins, nested ones and an empty one included, come out as Thymeleaf prints them:
   * the layout learnt from single entries must hold for every list.
   */
  private boolean agreesWithThymeleaf(List<NavItem> kinds, NavItem child) {
    NavItem nesting = standIn(marker, 6, false, true, List.of(child, kinds.get(1), kinds.get(2)));
    List<List<NavItem>> samples = List.of(List.of(), kinds, List.of(kinds.get(0), nesting, kinds.get(3)));
    return samples.stream().allMatch(sample -> tree(sample).equals(Optional.of(fragment.apply(sample))));
  }

  private static NavItem standIn(String marker, int number, boolean current, boolean open, List<NavItem> children) {
    String name = marker + "-" + number;
    return new NavItem(name, name + "/", current, open, children);
  }

  /**
   * The page printed by {@code print} with its sidebar put together here, or empty when the page does not show
   * its sidebar as the bundled template does (then it must be printed by Thymeleaf alone).
   */
  Optional<String> page(PageView view, Function<PageView, String> print) {
    String page = print.apply(view.withNavigation(placeholder));
    int at = page.indexOf(placeholderTree);
    int after = at + placeholderTree.length();
    if (at < 0 || page.indexOf(marker) < at || page.indexOf(marker, after) >= 0) {
      return Optional.empty();
    }
    List<String> pieces = new ArrayList<>();
    pieces.add(page.substring(0, at));
    if (!collect(view.navigation(), pieces)) {
      return Optional.empty();
    }
    pieces.add(page.substring(after));
    return Optional.of(String.join("", pieces)); // one copy into a string of the right size and coding
  }

  /** What the fragment prints for {@code items}, or empty when a piece of it cannot be trusted. */
  Optional<String> tree(List<NavItem> items) {
    List<String> pieces = new ArrayList<>();
    return collect(items, pieces) ? Optional.of(String.join("", pieces)) : Optional.empty();
  }

  /** Adds the pieces of the fragment's output for {@code items}; false when one of them cannot be trusted. */
  private boolean collect(List<NavItem> items, List<String> pieces) {
    if (items.isEmpty()) {
      pieces.add(layout.empty());
      return true;
    }
    pieces.add(layout.head());
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        pieces.add(layout.joint());
      }
      if (!collectEntry(items.get(i), pieces)) {
        return false;
      }
    }
    pieces.add(layout.tail());
    return true;
  }

  private boolean collectEntry(NavItem item, List<String> pieces) {
    Optional<Entry> entry = entry(item);
    if (entry.isEmpty()) {
      return false;
    }
    pieces.add(entry.get().before());
    if (!item.children().isEmpty() && !collect(item.children(), pieces)) {
      return false;
    }
    pieces.add(entry.get().after());
    return true;
  }

  /**
   * The pieces of an entry, printed the first time an entry like it is met; the entry of the page shown is met on
   * that page alone, and is not kept.
   */
  private Optional<Entry> entry(NavItem item) {
    if (item.current()) {
      return printAlone(item);
    }
    EntryKey key = new EntryKey(item);
    Optional<Entry> known = entries.get(key);
    if (known == null) {
      known = printAlone(item);
      entries.putIfAbsent(key, known);
    }
    return known;
  }

  /** The pieces of an entry printed alone; a stand-in takes the place of its children, if it has any. */
  private Optional<Entry> printAlone(NavItem item) {
    boolean leaf = item.children().isEmpty();
    NavItem alone = leaf ? item : new NavItem(item.title(), item.href(), item.current(), item.open(), childStandIn);
    Optional<String> printed = inner(fragment.apply(List.of(alone)), layout.head(), layout.tail());
    if (leaf) {
      return printed.map(text -> new Entry(text, ""));
    }
    return printed.flatMap(text -> {
      int at = text.indexOf(childStandInTree);
      boolean once = at >= 0 && text.indexOf(childStandInTree, at + 1) < 0;
      return once ? Optional.of(new Entry(text.substring(0, at), text.substring(at + childStandInTree.length())))
          : Optional.empty();
    });
  }

  /** {@code text} without {@code head} and {@code tail}, or empty when it does not start and end with them. */
  private static Optional<String> inner(String text, String head, String tail) {
    boolean framed = text.length() >= head.length() + tail.length() && text.startsWith(head) && text.endsWith(tail);
    return framed ? Optional.of(text.substring(head.length(), text.length() - tail.length())) : Optional.empty();
  }

  private static int commonPrefix(List<String> texts) {
    int shortest = texts.stream().mapToInt(String::length).min().orElse(0);
    return IntStream.range(0, shortest)
        .filter(i -> texts.stream().anyMatch(text -> text.charAt(i) != texts.get(0).charAt(i)))
        .findFirst().orElse(shortest);
  }

  private static int commonSuffix(List<String> texts) {
    int shortest = texts.stream().mapToInt(String::length).min().orElse(0);
    return IntStream.range(0, shortest)
        .filter(i -> texts.stream().anyMatch(text -> fromEnd(text, i) != fromEnd(texts.get(0), i)))
        .findFirst().orElse(shortest);
  }

  private static char fromEnd(String text, int i) {
    return text.charAt(text.length() - 1 - i);
  }
}
