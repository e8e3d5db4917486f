package dev.hanji.diagnostics;

import dev.hanji.diagnostics.EditDistance;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {
  @ParameterizedTest
  @CsvSource({"title,title,0", "titel,title,1", "wieght,weight,1", "sulg,slug,1", "tag,tags,1", "abc,xyz,3",
      "'',abc,3", "없는-제목,있는-제목,1"})
  void countsEditsWithANeighbourSwapAsOne(String a, String b, int distance) {
    assertEquals(distance, EditDistance.between(a, b));
    assertEquals(distance, EditDistance.between(b, a));
  }
}
