package dev.masthead.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylinesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Jane Doe                                      | Jane Doe:PERSON",
    "By Jane Doe                                   | Jane Doe:PERSON",
    "BY: Jane Doe                                  | Jane Doe:PERSON",
    "Von Christian Hollmann, dpa                   | Christian Hollmann:PERSON;dpa:ORGANIZATION",
    "Av Karl Melander/TT                           | Karl Melander:PERSON;TT:ORGANIZATION",
    "Par Marie Dupont et Jean Martin               | Marie Dupont:PERSON;Jean Martin:PERSON",
    "Paulo Santalucia and Frances d'Emilio         | Paulo Santalucia:PERSON;Frances d'Emilio:PERSON",
    "Anna Berg og Per Hansen; NTB                  | Anna Berg:PERSON;Per Hansen:PERSON;NTB:ORGANIZATION",
    "Jane Doe & John Roe; Reuters                 | Jane Doe:PERSON;John Roe:PERSON;Reuters:ORGANIZATION",
    "The Associated Press                          | The Associated Press:ORGANIZATION",
    "Example Press                                 | Example Press:ORGANIZATION",
    "'Jane Doe, '                                  | Jane Doe:PERSON",
  })
  void splits_names_and_recognises_agencies(String by, String expected) {
    List<String> names = Bylines.split(by).stream().map(n -> n.name() + ":" + n.kind()).toList();

    assertThat(String.join(";", names)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Byron Smith", "Vonda Shepard", "Avery Brooks", "Parker Posey", "Dian Fossey"})
  void keeps_names_that_merely_start_like_a_by_word(String name) {
    assertThat(Bylines.split(name)).singleElement().satisfies(n -> assertThat(n.name()).isEqualTo(name));
  }
}
