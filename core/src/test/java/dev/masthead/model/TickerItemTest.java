package dev.masthead.model;

import static dev.masthead.model.Fixtures.PUBLISHED_AT;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TickerItemTest {
  private static final Instant EXPIRES_AT = PUBLISHED_AT.plus(Duration.ofHours(8));

  @Test
  void builds_a_normal_item_by_default() {
    TickerItem item = TickerItem.builder("t1", "Council approves budget", PUBLISHED_AT).build();

    assertThat(item.priority()).isEqualTo(TickerPriority.NORMAL);
    assertThat(item.expiresAt()).isNull();
    assertThat(item.url()).isNull();
  }

  @Test
  void reads_a_null_priority_as_normal() {
    assertThat(new TickerItem("t1", "Budget", null, null, null, PUBLISHED_AT, null).priority())
        .isEqualTo(TickerPriority.NORMAL);
    assertThat(TickerItem.builder("t1", "Budget", PUBLISHED_AT).priority(null).build().priority())
        .isEqualTo(TickerPriority.NORMAL);
  }

  @Test
  void to_builder_build_equals_the_original() {
    TickerItem item = TickerItem.builder("t1", "Council approves budget", PUBLISHED_AT)
        .priority(TickerPriority.BREAKING)
        .url("https://news.example.com/politics/budget")
        .articleId("art-2024-000123")
        .expiresAt(EXPIRES_AT)
        .build();

    assertThat(item.toBuilder().build()).isEqualTo(item).isNotSameAs(item);
    assertThat(item.toBuilder().id("t2").headline("Other").publishedAt(EXPIRES_AT).expiresAt(null).build())
        .isEqualTo(new TickerItem("t2", "Other", item.url(), item.articleId(), TickerPriority.BREAKING,
            EXPIRES_AT, null));
  }

  @Test
  void is_active_from_its_publication_until_just_before_it_expires() {
    TickerItem item = TickerItem.builder("t1", "Budget", PUBLISHED_AT).expiresAt(EXPIRES_AT).build();

    assertThat(item.isActiveAt(PUBLISHED_AT.minusNanos(1))).isFalse();
    assertThat(item.isActiveAt(PUBLISHED_AT)).isTrue();
    assertThat(item.isActiveAt(EXPIRES_AT.minusNanos(1))).isTrue();
    assertThat(item.isActiveAt(EXPIRES_AT)).isFalse();
  }

  @Test
  void stays_active_without_an_expiry() {
    TickerItem item = TickerItem.builder("t1", "Budget", PUBLISHED_AT).build();

    assertThat(item.isActiveAt(Instant.parse("2199-01-01T00:00:00Z"))).isTrue();
  }

  @Test
  void build_rejects_an_expiry_that_is_not_after_publication() {
    assertThatThrownBy(() -> TickerItem.builder("t1", "Budget", PUBLISHED_AT).expiresAt(PUBLISHED_AT).build())
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("ticker item is not well-formed: /expiresAt: timestamp_order: must be after publishedAt");
  }

  @Test
  void requires_id_headline_and_publication_time() {
    Instant at = Instant.parse("2024-05-01T10:00:00Z");
    assertThatThrownBy(() -> new TickerItem(null, "Headline", null, null, null, at, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id must not be null");
    assertThatThrownBy(() -> new TickerItem("t1", null, null, null, null, at, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("headline must not be null");
    assertThatThrownBy(() -> new TickerItem("t1", "Headline", null, null, null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("publishedAt must not be null");
  }

  @Test
  void holds_a_single_line_headline_of_at_most_300_code_points() {
    assertThat(violations(new TickerItem("t1", "x".repeat(300), null, null, null, PUBLISHED_AT, null))).isEmpty();
    assertThat(violations(new TickerItem("t1", "x".repeat(301), null, null, null, PUBLISHED_AT, null)))
        .containsExactly(Violation.of("/headline", Codes.TOO_LONG, "must be at most 300 characters"));
    assertThat(violations(new TickerItem("t1", "a\u2028b", "ftp://x.org", null, null, PUBLISHED_AT, null)))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            tuple("/headline", Codes.LINE_BREAK),
            tuple("/url", Codes.URL_SCHEME));
  }

  @Test
  void a_builder_whose_required_parts_were_cleared_reports_each_of_them() {
    TickerItem.Builder builder = TickerItem.builder("t1", "Headline", PUBLISHED_AT).id(null).headline(null).publishedAt(null);

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.violations())
            .extracting(Violation::pointer, Violation::code)
            .containsExactlyInAnyOrder(
                tuple("/id", Codes.REQUIRED), tuple("/headline", Codes.REQUIRED), tuple("/publishedAt", Codes.REQUIRED)));
  }
}
