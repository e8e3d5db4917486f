package dev.hanji.sources;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's date — when it was published or last changed — from its front matter or from git, as precise as it was
 * given: a day ({@code 2024-03-05}), or a moment with or without its offset ({@code 2024-03-05T10:00:00+09:00}).
 *
 * @param day the calendar day, in the offset the date was given in
 * @param iso the date in ISO 8601, for {@code datetime} attributes and {@code article:modified_time}
 */
public record PageDate(LocalDate day, String iso) {
  /**
   * The forms Hugo, Jekyll and Obsidian notes write: {@code 2024-03-05}, {@code 2024-03-05T10:00},
   * {@code 2024-03-05 10:00:00 +0900}, {@code 2024-03-05T10:00:00.000Z}.
   */
  private static final Pattern FORM = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");

  /** The date a front matter value means, or empty when it is not one of the {@link #FORM forms} or no real date. */
  public static Optional<PageDate> parse(String text) {
    Matcher match = FORM.matcher(text.trim());
    if (!match.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate day = LocalDate.parse(match.group(1));
      if (match.group(2) == null) {
        return Optional.of(new PageDate(day, day.toString()));
      }
      String time = match.group(2).length() == 5 ? match.group(2) + ":00" : match.group(2);
      LocalDateTime moment = LocalDateTime.parse(match.group(1) + "T" + time);
      return Optional.of(match.group(3) == null ? new PageDate(day, moment.toString().length() == 16
          ? moment + ":00" : moment.toString()) : of(moment.atOffset(offset(match.group(3)))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A moment, to the second, in its own offset (a commit's date in its committer's time zone). */
  public static PageDate of(OffsetDateTime moment) {
    OffsetDateTime seconds = moment.truncatedTo(ChronoUnit.SECONDS);
    return new PageDate(seconds.toLocalDate(), seconds.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
  }

  private static ZoneOffset offset(String text) {
    return text.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(text.length() == 5
        ? text.substring(0, 3) + ":" + text.substring(3) : text);
  }

  /** The day as readers of {@code lang} write it: {@code 2024년 3월 5일}, {@code March 5, 2024}. */
  public String display(String lang) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang)).format(day);
  }
}
