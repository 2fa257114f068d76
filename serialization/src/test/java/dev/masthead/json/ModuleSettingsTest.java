package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.wire.ModuleSettings;
import dev.masthead.wire.ReadLimits;
import dev.masthead.wire.ReadOptions;
import dev.masthead.wire.UnknownContent;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The settings behind both modules' builders: each setter chains, and each value lands where it belongs. */
class ModuleSettingsTest {
  static Stream<Arguments> setters() {
    return Stream.of(
        Arguments.of("maxDocumentBytes", (UnaryOperator<ModuleSettings>) s -> s.maxDocumentBytes(1)),
        Arguments.of("maxDepth", (UnaryOperator<ModuleSettings>) s -> s.maxDepth(2)),
        Arguments.of("maxStringLength", (UnaryOperator<ModuleSettings>) s -> s.maxStringLength(3)),
        Arguments.of("maxNumberLength", (UnaryOperator<ModuleSettings>) s -> s.maxNumberLength(4)),
        Arguments.of("maxNameLength", (UnaryOperator<ModuleSettings>) s -> s.maxNameLength(5)),
        Arguments.of("maxTokens", (UnaryOperator<ModuleSettings>) s -> s.maxTokens(6)),
        Arguments.of("maxBlocks", (UnaryOperator<ModuleSettings>) s -> s.maxBlocks(7)),
        Arguments.of("maxAuthors", (UnaryOperator<ModuleSettings>) s -> s.maxAuthors(8)),
        Arguments.of("maxTags", (UnaryOperator<ModuleSettings>) s -> s.maxTags(9)),
        Arguments.of("maxTickerItems", (UnaryOperator<ModuleSettings>) s -> s.maxTickerItems(10)),
        Arguments.of("maxElements", (UnaryOperator<ModuleSettings>) s -> s.maxElements(11)),
        Arguments.of("unknownContent", (UnaryOperator<ModuleSettings>) s -> s.unknownContent(UnknownContent.KEEP)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setters")
  void each_setter_returns_the_same_settings(String name, UnaryOperator<ModuleSettings> set) {
    ModuleSettings settings = new ModuleSettings();

    assertThat(set.apply(settings)).as(name).isSameAs(settings);
  }

  @Test
  void chained_setters_set_every_limit() {
    ModuleSettings settings = new ModuleSettings().maxDocumentBytes(1).maxDepth(2).maxStringLength(3)
        .maxNumberLength(4).maxNameLength(5).maxTokens(6).maxBlocks(7).maxAuthors(8).maxTags(9)
        .maxTickerItems(10).maxElements(11).unknownContent(UnknownContent.DROP);

    assertThat(settings.limits()).isEqualTo(new ReadLimits(1, 2, 3, 4, 5, 6));
    assertThat(settings.options()).isEqualTo(new ReadOptions(false, 7, 8, 9, 10, 11, UnknownContent.DROP));
  }

  @Test
  void module_builder_chains_what_to_do_with_unknown_content() {
    MastheadModule.Builder builder = MastheadModule.builder();

    assertThat(builder.unknownContent(dev.masthead.json.UnknownContent.KEEP)).isSameAs(builder);
    assertThat(builder.maxElements(5).unknownContent(dev.masthead.json.UnknownContent.DROP).build()).isNotNull();
  }
}
