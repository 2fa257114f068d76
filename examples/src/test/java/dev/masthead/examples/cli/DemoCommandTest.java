package dev.masthead.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.examples.SampleContent;
import dev.masthead.json.MastheadJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
  @Test
  void says_the_seed_article_is_well_formed_but_not_publishable_and_why() {
    MastheadRun run = MastheadRun.of("demo");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsSubsequence(
        "The seed page, built in code by SampleContent.seedArticle():",
        "  U.S. Sends Arms Against Iran Threat in Syria",
        "  By Siavosh Hosseini · 8 paragraphs · 448 words · 2 min read",
        "",
        "It is well-formed: every builder checked it, and so does MastheadValidator.validate.",
        "It is not publishable (MastheadValidator.validatePublishable):",
        "  /canonicalUrl: required_to_publish: is required to publish",
        "  /leadImage/altText: required_to_publish: is required to publish",
        "  /leadImage/credit: required_to_publish: is required to publish",
        "  /leadImage/url: required_to_publish: is required to publish",
        "  /publishedAt: required_to_publish: is required to publish");
    assertThat(run.out()).contains("The page lost its photo credit and its publication time: it shows a photo above an"
        + " empty \"Photo Credit-\" line and prints no date.");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void prints_the_seed_article_as_json_and_reads_it_back_equal() {
    MastheadRun run = MastheadRun.of("demo");

    assertThat(run.out().replace(System.lineSeparator(), "\n")).contains("Its JSON (MastheadJson.writePretty):\n"
        + MastheadJson.standard().writePretty(SampleContent.seedArticle())
        + "Read back with MastheadJson.readArticle, it is equal to the article built in code.\n");
  }

  @Test
  void shows_the_ticker_at_the_demo_time_with_one_item_expired() {
    MastheadRun run = MastheadRun.of("demo");

    List<String> lines = run.outLines();
    assertThat(lines.subList(lines.size() - 5, lines.size())).containsExactly(
        "News Ticker at 2024-05-01T12:00:00Z, as a reader sees it (4 of 5 items, 1 expired):",
        "  [breaking] Ferry evacuated in Portside harbour after engine-room fire",
        "  [urgent]   Storm warning: gusts of up to 70 mph expected on the coast tonight",
        "  [normal]   Gull Island crossings suspended until at least Friday",
        "  [normal]   Isfahan’s bazaar restorers race to save a 400-year-old roof");
  }

  @Test
  void shows_the_ticker_at_the_time_asked_for() {
    MastheadRun run = MastheadRun.of("demo", "--at", "2024-05-01T10:00:00Z");

    List<String> lines = run.outLines();
    assertThat(run.exitCode()).isZero();
    assertThat(lines.subList(lines.size() - 4, lines.size())).containsExactly(
        "News Ticker at 2024-05-01T10:00:00Z, as a reader sees it (3 of 5 items, 2 not yet published):",
        "  [breaking] Ferry evacuated in Portside harbour after engine-room fire",
        "  [normal]   Portside market moves to Saturdays from June",
        "  [normal]   Isfahan’s bazaar restorers race to save a 400-year-old roof");
  }

  @Test
  void exits_64_for_a_time_that_is_not_an_instant() {
    MastheadRun run = MastheadRun.of("demo", "--at", "2024-05-01 12:00");

    assertThat(run.exitCode()).isEqualTo(Masthead.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).first()
        .isEqualTo("Invalid value for option '--at': must be an instant in UTC such as 2024-05-01T12:00:00Z");
  }
}
