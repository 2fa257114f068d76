package dev.masthead.wire.testing;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Hostile documents that no Masthead reader may read, each with the one code and JSON Pointer every
 * reader must give: {@code MastheadJson}, the Jackson 3 module on a plain mapper and the Jackson 2
 * module on a plain mapper. Shared through this module's test jar, which has no Jackson, so that
 * the Jackson 2 module's tests run the same table as the Jackson 3 ones.
 */
public final class MalformedInput {
  /** A well-formed, publishable article in the canonical compact form. */
  public static final String ARTICLE =
      "{\"id\":\"art-2024-000123\",\"slug\":\"city-council-approves-budget\","
          + "\"headline\":\"City council approves 2025 budget\","
          + "\"body\":[{\"type\":\"paragraph\",\"text\":\"The council voted on Tuesday.\","
          + "\"links\":[{\"start\":4,\"end\":11,\"href\":\"https://news.example.com/council\"}]},"
          + "{\"type\":\"heading\",\"level\":2,\"text\":\"What the budget pays for\"},"
          + "{\"type\":\"list\",\"ordered\":true,\"items\":[\"Roads\",\"Libraries\"]}],"
          + "\"authors\":[{\"name\":\"Jane Doe\",\"slug\":\"jane-doe\",\"kind\":\"person\",\"articleCount\":412,"
          + "\"url\":\"https://news.example.com/authors/jane-doe\"}],"
          + "\"leadImage\":{\"url\":\"https://cdn.example.com/img/council.jpg\","
          + "\"altText\":\"Councillors vote in the chamber\",\"width\":1200,\"height\":800,"
          + "\"credit\":{\"role\":\"photo\",\"name\":\"A. Smith\",\"organization\":\"Example Agency\"}},"
          + "\"section\":\"politics\",\"tags\":[\"budget\",\"council\"],\"language\":\"en-GB\","
          + "\"status\":\"published\",\"publishedAt\":\"2024-05-01T10:00:00Z\","
          + "\"updatedAt\":\"2024-05-01T12:00:00Z\","
          + "\"canonicalUrl\":\"https://news.example.com/politics/budget\"}";

  /** A well-formed ticker with one breaking item in the canonical compact form. */
  public static final String TICKER =
      "{\"id\":\"home\",\"label\":\"News Ticker\",\"items\":[{\"id\":\"t1\","
          + "\"headline\":\"Council approves budget\",\"url\":\"https://news.example.com/politics/budget\","
          + "\"articleId\":\"art-2024-000123\",\"priority\":\"breaking\","
          + "\"publishedAt\":\"2024-05-01T10:00:00Z\",\"expiresAt\":\"2024-05-01T18:00:00Z\"}],"
          + "\"updatedAt\":\"2024-05-01T10:05:00Z\"}";

  private static final String HEADLINE = "\"headline\":\"City council approves 2025 budget\"";
  private static final String ARTICLE_COUNT = "\"articleCount\":412";
  private static final String FIRST_BLOCK = "{\"type\":\"paragraph\",";

  private MalformedInput() {}

  /**
   * One hostile document.
   *
   * @param name what is wrong, for the test's name
   * @param json the document
   * @param ticker whether it is a ticker rather than an article
   * @param code the code every reader must give
   * @param pointer the pointer every reader must give
   * @param column the column where the offending token starts (the document is one line), or 0
   *     where readers locate a broken limit differently
   */
  public record Case(String name, String json, boolean ticker, String code, String pointer, int column) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Returns every case.
   *
   * @return the cases
   */
  public static List<Case> cases() {
    return Stream.of(
        // Duplicate keys.
        article("duplicate key at the top level", HEADLINE, HEADLINE + "," + HEADLINE, "duplicate_key", "/headline", null),
        article("duplicate key in a nested object", "\"name\":\"Jane Doe\"", "\"name\":\"Jane Doe\",\"name\":\"John Roe\"",
            "duplicate_key", "/authors/0/name", null),
        article("duplicate block type", FIRST_BLOCK, FIRST_BLOCK + "\"type\":\"divider\",", "duplicate_key", "/body/0/type", null),
        unknown("duplicate key inside unknown content", "\"x\":{\"a\":1,\"a\":2}", "duplicate_key", "/x/a"),
        unknown("duplicate unknown property", "\"x\":1,\"x\":2", "duplicate_key", "/x"),
        ticker("duplicate key in a ticker item", "\"id\":\"t1\"", "\"id\":\"t1\",\"id\":\"t2\"", "duplicate_key", "/items/0/id", null),
        // No coercion.
        article("string \"412\" for articleCount", ARTICLE_COUNT, "\"articleCount\":\"412\"", "wrong_type",
            "/authors/0/articleCount", "\"articleCount\":"),
        article("1.9 for width", "\"width\":1200", "\"width\":1.9", "wrong_type", "/leadImage/width", "\"width\":"),
        article("1200.0 for width", "\"width\":1200", "\"width\":1200.0", "wrong_type", "/leadImage/width", "\"width\":"),
        article("412 for headline", HEADLINE, "\"headline\":412", "wrong_type", "/headline", "\"headline\":"),
        article("true for headline", HEADLINE, "\"headline\":true", "wrong_type", "/headline", "\"headline\":"),
        article("object for headline", HEADLINE, "\"headline\":{\"text\":\"x\"}", "wrong_type", "/headline", "\"headline\":"),
        article("array for headline", HEADLINE, "\"headline\":[\"x\"]", "wrong_type", "/headline", "\"headline\":"),
        article("string \"true\" for ordered", "\"ordered\":true", "\"ordered\":\"true\"", "wrong_type", "/body/2/ordered",
            "\"ordered\":"),
        article("1 for ordered", "\"ordered\":true", "\"ordered\":1", "wrong_type", "/body/2/ordered", "\"ordered\":"),
        article("1e3 for level", "\"level\":2", "\"level\":1e3", "wrong_type", "/body/1/level", "\"level\":"),
        article("string for a list", "\"tags\":[\"budget\",\"council\"]", "\"tags\":\"budget\"", "wrong_type", "/tags",
            "\"tags\":"),
        article("number in a list of strings", "\"council\"]", "7]", "wrong_type", "/tags/1", "\"budget\","),
        article("object for body", "\"body\":[", "\"body\":{\"0\":", "wrong_type", "/body", "\"body\":"),
        article("number as a block", FIRST_BLOCK, "7," + FIRST_BLOCK, "wrong_type", "/body/0", "\"body\":["),
        article("string for leadImage", "\"leadImage\":{", "\"leadImage\":\"x\",\"y\":{", "wrong_type", "/leadImage",
            "\"leadImage\":"),
        article("number for a status", "\"status\":\"published\"", "\"status\":1", "wrong_type", "/status", "\"status\":"),
        article("epoch number for a timestamp", "\"publishedAt\":\"2024-05-01T10:00:00Z\"", "\"publishedAt\":1714557600",
            "wrong_type", "/publishedAt", "\"publishedAt\":"),
        article("integer beyond int", ARTICLE_COUNT, "\"articleCount\":99999999999", "number_out_of_range",
            "/authors/0/articleCount", "\"articleCount\":"),
        // Closed sets.
        article("unknown block type", FIRST_BLOCK, "{\"type\":\"video\",", "unknown_block_type", "/body/0/type",
            "{\"type\":"),
        article("class name as block type", FIRST_BLOCK, "{\"type\":\"java.lang.Runtime\",", "unknown_block_type",
            "/body/0/type", "{\"type\":"),
        article("block type in another case", FIRST_BLOCK, "{\"type\":\"Paragraph\",", "unknown_block_type",
            "/body/0/type", "{\"type\":"),
        article("null block type", FIRST_BLOCK, "{\"type\":null,", "unknown_block_type", "/body/0/type", "{\"type\":"),
        article("block type as a number", FIRST_BLOCK, "{\"type\":1,", "wrong_type", "/body/0/type", "{\"type\":"),
        article("unknown status", "\"status\":\"published\"", "\"status\":\"Published\"", "unknown_value", "/status",
            "\"status\":"),
        article("unknown author kind", "\"kind\":\"person\"", "\"kind\":\"robot\"", "unknown_value", "/authors/0/kind",
            "\"kind\":"),
        ticker("unknown priority", "\"priority\":\"breaking\"", "\"priority\":\"high\"", "unknown_value",
            "/items/0/priority", "\"priority\":"),
        // Timestamps and required values.
        article("timestamp without an offset", "\"publishedAt\":\"2024-05-01T10:00:00Z\"",
            "\"publishedAt\":\"2024-05-01T10:00:00\"", "invalid_timestamp", "/publishedAt", "\"publishedAt\":"),
        article("leap second", "\"publishedAt\":\"2024-05-01T10:00:00Z\"", "\"publishedAt\":\"2016-12-31T23:59:60Z\"",
            "invalid_timestamp", "/publishedAt", "\"publishedAt\":"),
        article("missing heading level", "\"level\":2,", "", "missing_property", "/body/1/level", null),
        article("missing link start", "\"start\":4,", "", "missing_property", "/body/0/links/0/start", null),
        // Limits: MastheadJson's defaults.
        unknown("nesting depth 33 in unknown arrays", "\"x\":" + "[".repeat(32) + "]".repeat(32), "too_deep",
            "/x" + "/0".repeat(31)),
        unknown("nesting depth 33 in unknown objects", "\"x\":" + "{\"a\":".repeat(31) + "{}" + "}".repeat(31),
            "too_deep", "/x" + "/a".repeat(31)),
        article("string over 100,000 characters", HEADLINE, "\"headline\":\"" + "a".repeat(100_001) + "\"",
            "string_too_long", "/headline", null),
        unknown("string over 100,000 characters in unknown content", "\"x\":\"" + "a".repeat(100_001) + "\"",
            "string_too_long", "/x"),
        article("integer literal over 24 digits", ARTICLE_COUNT, "\"articleCount\":" + "4".repeat(25), "number_too_long",
            "/authors/0/articleCount", null),
        unknown("decimal literal over 24 digits in unknown content", "\"x\":1." + "5".repeat(30), "number_too_long", "/x"),
        unknown("property name over 256 characters", "\"" + "n".repeat(257) + "\":1", "name_too_long", ""),
        article("2,001 body blocks", FIRST_BLOCK, "{\"type\":\"divider\"},".repeat(2_001) + FIRST_BLOCK,
            "too_many_elements", "/body/2000", null),
        article("51 authors", "\"authors\":[", "\"authors\":[" + authors(51), "too_many_elements", "/authors/50", null),
        article("101 tags", "\"tags\":[\"budget\",\"council\"]", "\"tags\":[" + quoted(101) + "]", "too_many_elements",
            "/tags/100", null),
        ticker("201 ticker items", "\"items\":[", "\"items\":[" + items(201), "too_many_elements", "/items/200", null),
        unknown("10,001 elements in an unknown array", "\"x\":[" + "0,".repeat(10_000) + "0]", "too_many_elements",
            "/x/10000"),
        unknown("10,001 members in an unknown object", "\"x\":{" + members(10_001) + "}", "too_many_elements",
            "/x/k10000"))
        .collect(Collectors.toList());
  }

  /**
   * The article with {@code from} replaced by {@code to}; the offending token starts right after
   * the first {@code before} in the result, when given.
   */
  private static Case article(String name, String from, String to, String code, String pointer, String before) {
    return mutated(name, ARTICLE, false, from, to, code, pointer, before);
  }

  private static Case ticker(String name, String from, String to, String code, String pointer, String before) {
    return mutated(name, TICKER, true, from, to, code, pointer, before);
  }

  private static Case mutated(
      String name, String base, boolean ticker, String from, String to, String code, String pointer, String before) {
    if (!base.contains(from)) {
      throw new IllegalArgumentException(name + ": the base document does not hold " + from);
    }
    String json = base.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    int column = before == null ? 0 : json.indexOf(before) + before.length() + 1;
    return new Case(name, json, ticker, code, pointer, column);
  }

  /** The article with {@code properties} added before its first property. */
  private static Case unknown(String name, String properties, String code, String pointer) {
    return new Case(name, "{" + properties + "," + ARTICLE.substring(1), false, code, pointer, 0);
  }

  private static String members(int count) {
    return IntStream.range(0, count).mapToObj(i -> "\"k" + i + "\":0").collect(Collectors.joining(","));
  }

  private static String quoted(int count) {
    return IntStream.range(0, count).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(","));
  }

  private static String authors(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> "{\"name\":\"Author " + i + "\",\"slug\":\"author-" + i + "\"},")
        .collect(Collectors.joining());
  }

  private static String items(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> "{\"id\":\"i" + i + "\",\"headline\":\"Item " + i + "\",\"publishedAt\":\"2024-05-01T09:00:00Z\"},")
        .collect(Collectors.joining());
  }
}
