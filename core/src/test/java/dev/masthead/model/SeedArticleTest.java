package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.validation.Codes;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real page the model was made for, built through the public API from the page's own text, and
 * rendered back to prove that nothing was lost.
 */
class SeedArticleTest {
  private static final Pattern AUTHOR_BOX = Pattern.compile("About (.+) \\((\\d+) Articles\\)");

  private static String page;
  private static List<String> parts;
  private static Ticker ticker;
  private static Article article;

  @BeforeAll
  static void buildFromThePage() throws IOException {
    try (InputStream in = SeedArticleTest.class.getResourceAsStream("/seed/us-sends-arms-article.txt")) {
      page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Parts are separated by blank lines; the page has one wider gap of layout space after the
    // fifth paragraph, which holds no content.
    parts = Arrays.stream(page.split("\n\n+")).collect(Collectors.toList());
    String[] authorBox = parts.get(parts.size() - 1).split("\n", 2);
    Matcher about = AUTHOR_BOX.matcher(authorBox[0]);
    assertThat(about.matches()).isTrue();

    ticker = Ticker.of("news-ticker", parts.get(0));
    Article.Builder builder =
        Article.builder()
            .id("us-sends-arms-against-iran-threat-in-syria")
            .slug("us-sends-arms-against-iran-threat-in-syria")
            .headline(parts.get(1))
            .language("en")
            // The page shows a photo whose credit line is empty and whose address the text lost.
            .leadImage(Image.builder().build())
            .addAuthor(
                Author.builder(about.group(1), "siavosh-hosseini")
                    .articleCount(Integer.valueOf(about.group(2)))
                    .bio(authorBox[1])
                    .build());
    for (String paragraph : parts.subList(3, parts.size() - 1)) {
      builder.addBlock(Paragraph.of(paragraph));
    }
    article = builder.build();
  }

  @Test
  void keeps_every_part_of_the_page() {
    assertThat(ticker.label()).isEqualTo("News Ticker");
    assertThat(article.headline()).isEqualTo("U.S. Sends Arms Against Iran Threat in Syria");
    assertThat(article.body()).hasSize(8).allMatch(block -> block.type() == BlockType.PARAGRAPH);
    assertThat(article.authors()).singleElement().satisfies(author -> {
      assertThat(author.name()).isEqualTo("Siavosh Hosseini");
      assertThat(author.articleCount()).isEqualTo(352);
      assertThat(author.bio()).startsWith("My background is in the visual arts").endsWith("in Europe.");
    });
    assertThat(article.leadImage()).isNotNull();
    assertThat(article.leadImage().credit()).isNull();
    assertThat(article.leadImage().url()).isNull();
  }

  @Test
  void keeps_quoted_speech_and_editorial_insertions_verbatim() {
    String text = ((Paragraph) article.body().get(6)).text();
    assertThat(text)
        .contains("would “obstruct all the plans of the MOC, Jordan, and America”")
        .contains("the blocking of the [Shia] crescent")
        .contains("“Now, our axis is insistent on this matter and it will be accomplished,”");
    assertThat(((Paragraph) article.body().get(0)).text()).contains("the ‘Shia crescent’");
  }

  @Test
  void renders_back_to_the_page() {
    List<String> rendered = new ArrayList<>();
    rendered.add(ticker.label());
    rendered.add(article.headline());
    Image photo = article.leadImage();
    rendered.add("Photo\u00a0Credit-" + (photo.credit() == null ? "" : photo.credit().line()));
    for (Block block : article.body()) {
      rendered.add(((Paragraph) block).text());
    }
    Author author = article.authors().get(0);
    rendered.add("About " + author.name() + " (" + author.articleCount() + " Articles)\n" + author.bio());

    assertThat(rendered).containsExactlyElementsOf(parts);
    assertThat(String.join("\n\n", rendered)).isEqualTo(page.replace("\n\n\n\n", "\n\n"));
  }

  @Test
  void is_well_formed() {
    assertThat(MastheadValidator.standard().validate(article)).isEmpty();
    assertThat(MastheadValidator.standard().validate(ticker)).isEmpty();
  }

  @Test
  void is_not_publishable_naming_the_missing_credit_and_publication_time() {
    List<Violation> violations = MastheadValidator.standard().validatePublishable(article);

    assertThat(violations)
        .extracting(Violation::pointer, Violation::code)
        .contains(
            org.assertj.core.groups.Tuple.tuple("/leadImage/credit", Codes.REQUIRED_TO_PUBLISH),
            org.assertj.core.groups.Tuple.tuple("/publishedAt", Codes.REQUIRED_TO_PUBLISH))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/canonicalUrl", Codes.REQUIRED_TO_PUBLISH),
            org.assertj.core.groups.Tuple.tuple("/leadImage/altText", Codes.REQUIRED_TO_PUBLISH),
            org.assertj.core.groups.Tuple.tuple("/leadImage/credit", Codes.REQUIRED_TO_PUBLISH),
            org.assertj.core.groups.Tuple.tuple("/leadImage/url", Codes.REQUIRED_TO_PUBLISH),
            org.assertj.core.groups.Tuple.tuple("/publishedAt", Codes.REQUIRED_TO_PUBLISH));
    assertThat(violations.get(0).message()).isEqualTo("is required to publish");
  }

  @Test
  void derives_byline_and_reading_time() {
    assertThat(article.byline()).isEqualTo("By Siavosh Hosseini");
    // The body has 448 tokens between white space, none of them punctuation alone.
    assertThat(article.wordCount()).isEqualTo(448);
    assertThat(article.readingTime()).isEqualTo(java.time.Duration.ofMinutes(2));
  }
}
