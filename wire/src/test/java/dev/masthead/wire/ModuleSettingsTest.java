package dev.masthead.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ModuleSettingsTest {
  @Test
  void defaults_to_the_limits_of_masthead_json() {
    ModuleSettings settings = new ModuleSettings();

    assertThat(settings.limits()).isEqualTo(new ReadLimits(10_000_000, 32, 100_000, 24, 256, 1_000_000));
    assertThat(settings.limits()).isEqualTo(ReadLimits.DEFAULT);
    assertThat(settings.options())
        .isEqualTo(new ReadOptions(false, Article.MAX_BLOCKS, Article.MAX_AUTHORS, Article.MAX_TAGS, 200, 10_000));
  }

  @Test
  void sets_every_limit() {
    ModuleSettings settings = new ModuleSettings().maxDocumentBytes(1).maxDepth(2).maxStringLength(3)
        .maxNumberLength(4).maxNameLength(5).maxTokens(6).maxBlocks(7).maxAuthors(8).maxTags(9)
        .maxTickerItems(10).maxElements(11).unknownContent(UnknownContent.DROP);

    assertThat(settings.limits()).isEqualTo(new ReadLimits(1, 2, 3, 4, 5, 6));
    assertThat(settings.options()).isEqualTo(new ReadOptions(false, 7, 8, 9, 10, 11, UnknownContent.DROP));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void refuses_a_limit_below_one(int value) {
    assertThatThrownBy(() -> new ModuleSettings().maxElements(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxElements must be at least 1");
    assertThatThrownBy(() -> new ReadLimits(1, 1, 1, 1, 1, value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxTokens must be at least 1");
  }

  @Test
  void names_the_broken_limit_as_masthead_json_does() {
    Tokens source = new Tokens(java.util.List.of("{", "headline", "\"x\"", "}"));
    source.nextToken();
    source.nextToken();

    WireProblem name = new ReadLimits(1, 1, 1, 1, 1, 1).nameTooLong(source);
    WireProblem large = new ReadLimits(10, 1, 1, 1, 1, 1).tooLarge(source);

    assertThat(name.code()).isEqualTo(ProblemCodes.NAME_TOO_LONG);
    assertThat(name.pointer()).isEqualTo("");
    assertThat(name.detail()).isEqualTo("property name length exceeds the limit of 1");
    assertThat(large.code()).isEqualTo(ProblemCodes.DOCUMENT_TOO_LARGE);
    assertThat(large.pointer()).isEqualTo("/headline");
    assertThat(large.detail()).isEqualTo("document is larger than the limit of 10 bytes");
  }
}
