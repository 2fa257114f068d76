package dev.masthead.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.masthead.validation.CheckedText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facts the UTF-8 scan reports of a document hold of every string a JSON parser reads from it
 * (soundness), and a document whose strings hold only allowed characters, written with no escape
 * but {@code \"}, {@code \\} and {@code \/}, gets them (completeness). Documents are generated from
 * a palette of characters and escapes, each near or on a rule's edge; a failure names its seed:
 * replay it with {@code -Dmasthead.seed=N}.
 */
class Utf8FactsSoundnessTest {
  private static final JsonMapper PLAIN = new JsonMapper();
  private static final long FIXED_BASE = 0x7465787446616374L; // "textFact"
  private static final int RUNS = 2_000;
  private static final CheckedText NONE = CheckedText.NOTHING;
  private static final CheckedText CHECKED = CheckedText.CHARACTERS;
  private static final CheckedText CHECKED_BMP = CheckedText.CHARACTERS_IN_BMP;
  private static final String ACUTE = "\u0301";

  /** A piece of a string: as it stands in the JSON source, as it reads, and whether its escapes are allowed. */
  record Piece(String source, String text, boolean plainEscapes) {
    static Piece raw(String text) {
      return new Piece(text, text, true);
    }

    static Piece raw(int codePoint) {
      return raw(Character.toString(codePoint));
    }

    static Piece escape(String source, String text) {
      return new Piece(source, text, false);
    }
  }

  /** A generated document, the strings it holds, and whether any of them uses an escape that hides a character. */
  record Document(String json, List<String> strings, boolean plainEscapes) {}

  private static final Piece[] ALLOWED = {
    Piece.raw("a"), Piece.raw("Z"), Piece.raw("0"), Piece.raw(" "), Piece.raw("~"), Piece.raw("'"),
    new Piece("\\\"", "\"", true),
    new Piece("\\\\", "\\", true),
    new Piece("\\/", "/", true),
    new Piece("\\\\n", "\\n", true),
    new Piece("\\\\u0041", "\\u0041", true),
    Piece.raw(0xE9), Piece.raw(0xA0), Piece.raw(0x2014), Piece.raw(0x200C), Piece.raw(0x200D), Piece.raw(0x200E),
    Piece.raw(0x2066), Piece.raw(0x3000), Piece.raw(0x4E2D), Piece.raw(0x0641), Piece.raw(0x06CC), Piece.raw(0xFFFD),
    Piece.raw(0xFDCF), Piece.raw(0xFDF0), Piece.raw(0xF900), Piece.raw(0x202F), Piece.raw(0x2027),
    Piece.raw(0x1F389), Piece.raw(0x1F469), Piece.raw(0x10000), Piece.raw(0xEFFFD), Piece.raw(0x1D167),
  };

  private static final Piece[] FORBIDDEN = {
    Piece.escape("\\n", "\n"), Piece.escape("\\r", "\r"), Piece.escape("\\t", "\t"), Piece.escape("\\b", "\b"),
    Piece.escape("\\f", "\f"), Piece.escape("\\u0041", "A"), Piece.escape("\\u00e9", "\u00E9"),
    Piece.escape("\\u2028", "\u2028"), Piece.escape("\\u0000", "\u0000"),
    Piece.escape("\\ud83c\\udf89", "\uD83C\uDF89"), Piece.escape("\\ud800", "\uD800"),
    Piece.raw(0x7F), Piece.raw(0x80), Piece.raw(0x85), Piece.raw(0x9F), Piece.raw(0x200B), Piece.raw(0x2028),
    Piece.raw(0x2029), Piece.raw(0x202A), Piece.raw(0x202E), Piece.raw(0xFEFF), Piece.raw(0xFDD0),
    Piece.raw(0xFDEF), Piece.raw(0xFFFE), Piece.raw(0xFFFF), Piece.raw(0x1FFFE), Piece.raw(0xE000),
    Piece.raw(0xF8FF), Piece.raw(0xF0000), Piece.raw(0x10FFFD),
    // A raw control character, which JSON does not allow in a string: the parser refuses the document.
    Piece.raw("\n"),
  };

  private static final String[] WHITESPACE = {"", "", "", " ", "  ", "\n", "\t", "\r\n", "\n  "};

  static LongStream seeds() {
    String replay = System.getProperty("masthead.seed");
    if (replay != null && !replay.isBlank()) {
      return LongStream.of(Long.parseLong(replay.trim()));
    }
    return LongStream.range(0, RUNS).map(i -> FIXED_BASE + i);
  }

  @TestFactory
  Stream<DynamicTest> the_facts_hold_of_every_string_and_clean_documents_get_them() {
    return seeds().mapToObj(seed -> dynamicTest("seed=" + seed, () -> check(seed)));
  }

  private static void check(long seed) {
    Document document = generate(new SplittableRandom(seed));
    String replay = "seed " + seed + " (replay with -Dmasthead.seed=" + seed + "), document " + document.json();
    byte[] bytes = document.json().getBytes(StandardCharsets.UTF_8);

    Utf8.Scan scan = Utf8.scan(bytes, 0, bytes.length);

    assertThat(scan.firstInvalid()).as(replay).isEqualTo(-1);
    CheckedText facts = scan.facts();

    // A stream checks its bytes in chunks, cut between two characters: what the chunks say together
    // is never more than what the whole says.
    int cut = characterBoundary(bytes, new SplittableRandom(seed ^ FIXED_BASE).nextInt(bytes.length + 1));
    Utf8.Scan head = Utf8.scan(bytes, 0, cut);
    Utf8.Scan tail = Utf8.scan(bytes, cut, bytes.length, head.combiningRun());
    assertThat(level(weaker(head.facts(), tail.facts()))).as("%s, cut at byte %d", replay, cut).isLessThanOrEqualTo(level(facts));

    JsonNode tree;
    try {
      tree = PLAIN.readTree(bytes);
    } catch (JacksonException e) {
      return; // not JSON: nothing reads strings from it
    }
    List<String> strings = new ArrayList<>();
    collect(tree, strings);
    // The generator knows what it wrote: the parser must read the same strings.
    assertThat(strings).as(replay).containsAll(document.strings());

    // Soundness: what the facts say holds of every string.
    if (facts != NONE) {
      for (String s : strings) {
        assertThat(problem(s)).as("%s: the string %s has a problem", replay, escaped(s)).isNull();
      }
    }
    if (facts == CHECKED_BMP) {
      for (String s : strings) {
        assertThat(s.chars().anyMatch(c -> Character.isSurrogate((char) c)))
            .as("%s: the string %s is not in the BMP", replay, escaped(s)).isFalse();
      }
    }

    // Completeness: a document with nothing to hide is seen to have nothing.
    boolean clean = document.plainEscapes();
    boolean astral = false;
    for (String s : strings) {
      clean &= problem(s) == null;
      astral |= s.codePoints().anyMatch(cp -> cp > 0xFFFF);
    }
    if (clean) {
      assertThat(facts).as("%s: a document of allowed characters", replay).isEqualTo(astral ? CHECKED : CHECKED_BMP);
    }
  }

  /** Every kind of document the test means to see is generated often enough for it to mean something. */
  @Test
  void the_generator_reaches_every_case() {
    String[] cases = {
      "refused by the parser", "no facts", "characters checked", "characters checked, BMP only",
      "characters checked despite escapes", "no facts from raw characters alone", "no facts from a long run of marks",
      "characters checked with a run of 30 marks"
    };
    int[] counts = new int[cases.length];
    for (long i = 0; i < RUNS; i++) {
      Document document = generate(new SplittableRandom(FIXED_BASE + i));
      byte[] bytes = document.json().getBytes(StandardCharsets.UTF_8);
      CheckedText facts = Utf8.scan(bytes, 0, bytes.length).facts();
      try {
        PLAIN.readTree(bytes);
      } catch (JacksonException e) {
        counts[0]++;
        continue;
      }
      counts[facts == NONE ? 1 : facts == CHECKED ? 2 : 3]++;
      String json = document.json();
      if (facts != NONE && json.contains("\\")) {
        counts[4]++;
      }
      if (facts == NONE && document.plainEscapes() && !json.contains("\u007F")) {
        counts[5]++;
        if (document.strings().stream().allMatch(s -> s.codePoints().allMatch(cp -> CheckedText.isAllowed(cp)))) {
          counts[6]++;
        }
      }
      if (facts != NONE && (json.contains(ACUTE.repeat(30)) || json.contains(ACUTE.repeat(29) + "\u20D0"))) {
        counts[7]++;
      }
    }
    for (int i = 0; i < cases.length; i++) {
      assertThat(counts[i]).as("documents %s", cases[i]).isGreaterThanOrEqualTo(RUNS / 200);
    }
  }

  private static void collect(JsonNode node, List<String> strings) {
    if (node.isString()) {
      strings.add(node.stringValue());
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        strings.add(property.getKey());
        collect(property.getValue(), strings);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node.values()) {
        collect(element, strings);
      }
    }
  }

  /** Returns {@code {"a":"...","b":["...", ...]}} with random strings and random white space between tokens. */
  static Document generate(SplittableRandom random) {
    // Half the documents hold only allowed pieces (though runs of combining marks may be too long).
    // The others hold one kind of forbidden piece, so that each kind alone decides some documents.
    boolean onlyAllowed = random.nextBoolean();
    Piece forbidden = FORBIDDEN[random.nextInt(FORBIDDEN.length)];
    int forbiddenOdds = 2 + random.nextInt(30);
    List<String> strings = new ArrayList<>();
    boolean[] plainEscapes = {true};
    StringBuilder json = new StringBuilder();
    json.append(space(random)).append('{').append(space(random)).append("\"a\"").append(space(random)).append(':')
        .append(space(random));
    string(random, onlyAllowed ? null : forbidden, forbiddenOdds, json, strings, plainEscapes);
    json.append(space(random)).append(',').append(space(random)).append("\"b\"").append(space(random)).append(':')
        .append(space(random)).append('[');
    int elements = random.nextInt(5);
    for (int i = 0; i < elements; i++) {
      if (i > 0) {
        json.append(space(random)).append(',');
      }
      json.append(space(random));
      string(random, onlyAllowed ? null : forbidden, forbiddenOdds, json, strings, plainEscapes);
    }
    json.append(space(random)).append(']').append(space(random)).append('}').append(space(random));
    return new Document(json.toString(), strings, plainEscapes[0]);
  }

  private static void string(SplittableRandom random, @Nullable Piece forbidden, int forbiddenOdds, StringBuilder json,
      List<String> strings, boolean[] plainEscapes) {
    StringBuilder text = new StringBuilder();
    json.append('"');
    int pieces = random.nextInt(12);
    for (int i = 0; i < pieces; i++) {
      Piece piece = piece(random, forbidden, forbiddenOdds);
      json.append(piece.source());
      text.append(piece.text());
      plainEscapes[0] &= piece.plainEscapes();
    }
    json.append('"');
    strings.add(text.toString());
  }

  private static Piece piece(SplittableRandom random, @Nullable Piece forbidden, int forbiddenOdds) {
    int kind = random.nextInt(10);
    if (forbidden != null && random.nextInt(forbiddenOdds) == 0) {
      return forbidden;
    }
    if (kind == 0) {
      // A run of combining marks around the longest allowed, after a letter or after whatever came before.
      int[] lengths = {1, 2, 15, 29, 30, 30, 31, 32};
      String marks = ACUTE.repeat(lengths[random.nextInt(lengths.length)]);
      if (random.nextInt(4) == 0) {
        marks = marks.substring(1) + "\u20D0"; // a combining mark of three bytes at the end
      }
      return Piece.raw(random.nextBoolean() ? "e" + marks : marks);
    }
    if (kind <= 3) {
      // A run of ASCII letters, long enough to cross eight-byte words.
      StringBuilder letters = new StringBuilder();
      int length = 1 + random.nextInt(17);
      for (int i = 0; i < length; i++) {
        letters.append((char) ('a' + random.nextInt(26)));
      }
      return Piece.raw(letters.toString());
    }
    return ALLOWED[random.nextInt(ALLOWED.length)];
  }

  private static String space(SplittableRandom random) {
    return WHITESPACE[random.nextInt(WHITESPACE.length)];
  }

  private static String escaped(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      if (cp >= 0x20 && cp < 0x7F) {
        out.appendCodePoint(cp);
      } else {
        out.append(String.format("\\u{%04X}", cp));
      }
    });
    return out.append('"').toString();
  }

  /**
   * Returns what single-line plain text forbids in {@code s}, by the public character rules of
   * {@link CheckedText}: a forbidden code point, or a run of too many combining marks; null when
   * there is nothing.
   */
  private static @org.jspecify.annotations.Nullable String problem(String s) {
    int run = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!CheckedText.isAllowed(cp)) {
        return String.format("U+%04X at %d", cp, i);
      }
      run = CheckedText.isCombiningMark(cp) ? run + 1 : 0;
      if (run > CheckedText.MAX_COMBINING_RUN) {
        return "more than " + CheckedText.MAX_COMBINING_RUN + " combining marks at " + i;
      }
      i += Character.charCount(cp);
    }
    return null;
  }

  /** The offset of the first character that starts at or after {@code offset}. */
  private static int characterBoundary(byte[] bytes, int offset) {
    int at = offset;
    while (at < bytes.length && (bytes[at] & 0xC0) == 0x80) {
      at++;
    }
    return at;
  }

  private static CheckedText weaker(CheckedText a, CheckedText b) {
    return level(a) <= level(b) ? a : b;
  }

  private static int level(CheckedText facts) {
    return facts == CHECKED_BMP ? 2 : facts == CHECKED ? 1 : 0;
  }
}
