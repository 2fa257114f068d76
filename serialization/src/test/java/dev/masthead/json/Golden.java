package dev.masthead.json;

import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.Block;
import dev.masthead.model.Credit;
import dev.masthead.model.Image;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The golden files that pin the wire format, one per type and block kind. */
final class Golden {
  private Golden() {}

  /** Returns the golden files, sorted by name. */
  static List<Path> files() {
    try (Stream<Path> files = Files.list(Path.of(Golden.class.getResource("/golden").toURI()))) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the type a golden file holds, from its name. */
  static Class<?> type(Path file) {
    String name = file.getFileName().toString();
    if (name.startsWith("article")) {
      return Article.class;
    }
    if (name.startsWith("block-")) {
      return Block.class;
    }
    if (name.startsWith("image-")) {
      // Further images, such as one with renditions and rights.
      return Image.class;
    }
    switch (name) {
      case "ticker.json": return Ticker.class;
      case "ticker-item.json": return TickerItem.class;
      case "author.json": return Author.class;
      case "credit.json": return Credit.class;
      case "image.json": return Image.class;
      default: throw new IllegalArgumentException("no type for golden file " + name);
    }
  }

  /** Returns the JSON Schema location that describes a type. */
  static String schema(Class<?> type) {
    if (type == Article.class) {
      return JsonSchemas.ARTICLE_ID;
    }
    if (type == Ticker.class) {
      return JsonSchemas.TICKER_ID;
    }
    if (type == TickerItem.class) {
      return JsonSchemas.TICKER_ID + "#/$defs/tickerItem";
    }
    String definition = type.getSimpleName().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
        + type.getSimpleName().substring(1);
    return JsonSchemas.ARTICLE_ID + "#/$defs/" + definition;
  }
}
