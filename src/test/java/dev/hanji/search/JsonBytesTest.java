package dev.hanji.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** The index's JSON writer writes what Jackson's default writer, which wrote the index before, writes. */
class JsonBytesTest {
  private static final ObjectWriter JACKSON = new ObjectMapper().writer();

  @Provide
  Arbitrary<String> strings() {
    Arbitrary<Character> anyChar = Arbitraries.chars().range('\u0000', '\uffff');
    Arbitrary<Character> edges = Arbitraries.of('\u0000', '\u0008', '\u001f', ' ', '"', '\\', '/', '\u007f',
        '\u0080', '\u07ff', '\u0800', '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff', '\ue000', '\uffff', '한',
        'é', '\u2028');
    Arbitrary<String> pairs = Arbitraries.of("😀", "\ud83d\ude00x", "a\r\n\tb\f\b");
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars('a', 'z').ofMaxLength(8),
        Arbitraries.frequencyOf(Tuple.of(3, anyChar), Tuple.of(2, edges)).list().ofMaxSize(12)
            .map(JsonBytesTest::text),
        pairs);
  }

  @Provide
  Arbitrary<Object> values() {
    Arbitrary<Object> leaf = Arbitraries.oneOf(strings().map(s -> (Object) s),
        Arbitraries.integers().map(i -> (Object) i), Arbitraries.integers().between(0, 1000).map(i -> (Object) i));
    return Arbitraries.recursive(() -> leaf, this::container, 3);
  }

  private Arbitrary<Object> container(Arbitrary<Object> element) {
    Arbitrary<Object> list = element.list().ofMaxSize(4).map(items -> (Object) items);
    Arbitrary<Object> map = Arbitraries.maps(strings(), element).ofMaxSize(3)
        .map(entries -> (Object) new LinkedHashMap<>(entries));
    return Arbitraries.oneOf(list, map);
  }

  @Property(tries = 3000)
  void writesWhatJacksonWrites(@ForAll("values") Object value) throws Exception {
    LanguageIndex.JsonBytes json = new LanguageIndex.JsonBytes();
    json.reset();
    json.open('[').string("before");
    write(json, value);
    json.close(']');
    byte[] expected = JACKSON.writeValueAsBytes(List.of("before", value));
    assertEquals(new String(expected, StandardCharsets.ISO_8859_1), new String(json.toBytes(),
        StandardCharsets.ISO_8859_1));
  }

  private static void write(LanguageIndex.JsonBytes json, Object value) {
    if (value instanceof String string) {
      json.string(string);
    } else if (value instanceof Integer number) {
      json.number(number);
    } else if (value instanceof List<?> list) {
      json.open('[');
      list.forEach(item -> write(json, item));
      json.close(']');
    } else {
      json.open('{');
      ((Map<?, ?>) value).forEach((key, item) -> {
        json.key((String) key);
        write(json, item);
      });
      json.close('}');
    }
  }

  private static String text(List<Character> chars) {
    StringBuilder text = new StringBuilder();
    chars.forEach(text::append);
    return text.toString();
  }
}
