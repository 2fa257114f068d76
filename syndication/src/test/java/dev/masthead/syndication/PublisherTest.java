package dev.masthead.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PublisherTest {
  @Test
  void holds_its_parts() {
    Publisher publisher = Publisher.of("Example News", "https://news.example.com", "https://news.example.com/logo.png");

    assertThat(publisher.name()).isEqualTo("Example News");
    assertThat(publisher.url()).isEqualTo("https://news.example.com");
    assertThat(publisher.logoUrl()).isEqualTo("https://news.example.com/logo.png");
    assertThat(Publisher.of("Example News")).isEqualTo(new Publisher("Example News", null, null));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Example News | javascript:alert(1)     | /url     | url_scheme",
      "Example News | https://news.example.com | /logoUrl | url_scheme",
      "'line\nbreak' | https://news.example.com | /name   | line_break"})
  void rejects_parts_that_break_their_rule(String name, String url, String pointer, String code) {
    String logo = pointer.equals("/logoUrl") ? "ftp://news.example.com/logo.png" : null;

    assertThatThrownBy(() -> Publisher.of(name, url, logo))
        .isInstanceOf(InvalidContentException.class)
        .extracting(e -> ((InvalidContentException) e).violations().get(0))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(pointer, code);
  }
}
