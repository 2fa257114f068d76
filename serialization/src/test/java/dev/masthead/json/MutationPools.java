package dev.masthead.json;

import dev.masthead.json.SchemaDifferentialTest.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values a one-field mutation puts in a document, as raw JSON text, by the kind of value the
 * field holds: edge cases of every rule of the wire format (lengths at and past each limit, every
 * class of forbidden and allowed character, URL, timestamp, identifier and language tag corner
 * cases) next to values of the wrong type.
 */
final class MutationPools {
  /** The change that removes the property or element. */
  static final String REMOVE = "<remove>";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ASTRAL = "\uD83C\uDF89";
  private static final int[] LENGTHS = {64, 100, 128, 200, 254, 300, 500, 1_000, 2_000, 2_048, 20_000};

  private static final List<String> GENERAL = List.of(
      "null", "true", "false", "0", "-1", "\"\"", "\"x\"", "[]", "{}", "[\"x\"]", "{\"a\":1}", "1.5");

  /** Characters to put into text, from every class the text rules name, allowed and not. */
  private static final List<String> CHARACTERS = List.of(
      " ", "\u00A0", "\u3000", "\u2007", "\u202F", "\u1680", "\u2000", "\u205F", "\t", "\n", "\r",
      "\u000B", "\u000C", "\u0000", "\u0007", "\u001F", "\u007F", "\u0080", "\u0085", "\u009F",
      "\u2028", "\u2029", "\u202A", "\u202C", "\u202E", "\u200B", "\uFEFF", "\u200C", "\u200D",
      "\u200E", "\u200F", "\u061C", "\u2066", "\u2069", "\u00AD", "\u2060", "\u180E", "\uFFF9",
      "\uFDD0", "\uFDEF", "\uFFFE", "\uFFFF", "\uE000", "\uF8FF", "\uD83F\uDFFE", "\uDBFF\uDFFF",
      "\uDB80\uDC00", "\uDBBF\uDFFD", "\uDBC0\uDC00", "\uDB40\uDC01", "\uDB40\uDC20", "\uD834\uDD73",
      "\u0301", "\u20DD", "\u0903", ASTRAL, "\u00E9", "\u05D0", "<", "&", "\\", "\"", "%", "é", "İ");

  private static final List<String> ESCAPED = List.of(
      "\"a\\ud800b\"", "\"\\udc00\"", "\"x\\ud83c\"", "\"\\ud83c\\udf89\"", "\"\\u0000\"", "\"a\\u00a0\"");

  private static final Map<String, List<String>> POOLS = Map.ofEntries(
      Map.entry("text", texts()),
      Map.entry("name", names()),
      Map.entry("url", urls()),
      Map.entry("timestamp", timestamps()),
      Map.entry("id", strings("a", "A", "0", "a".repeat(128), "a".repeat(129), "-a", "_a", ".a", ":a", "a.",
          "a..b", "a.b", "a/b", "a:b", "a_b", "a-b", "a b", "\u00E9", "a._", "a.:", "a.-b", "a.b.", "a..",
          "A1.b_c:d-e", "")),
      Map.entry("slug", strings("a", "a-b", "a--b", "-a", "a-", "A", "a_b", "\u00E9", "a".repeat(128),
          "a".repeat(129), "1", "a1-2b", "", " a", "a.b")),
      Map.entry("role", strings("photo", "Photo", "a", "a".repeat(64), "a".repeat(65), "_a", "1a", "a_", "a-b",
          "", "a1_b2", "photo ")),
      Map.entry("language", strings("en", "en-GB", "EN-gb", "en_GB", "e", "eng", "engl", "english", "abcdefghi",
          "en-GB-oed", "i-klingon", "i-foo", "I-KLINGON", "i-default", "i-enochian", "sgn-BE-FR", "sgn-XX-YY",
          "sgn-BE-NL", "x-private", "x-", "x-abcdefghi", "en-x-a", "en-a-bc", "en-a-b", "en-a-bc-a-de",
          "de-1901-1901", "de-CH-1901", "zh-yue-HK", "zh-abc-def-ghi-jkl", "zh-abc-def-ghi", "en-US-u-ca-gregory",
          "en-Latn", "en-Latn-US", "en-419", "en-12", "en-GB-", "-en", "en--GB", "und", "qaa", "root",
          "en-x-abcdefgh", "en-x-abcdefghi", "es-419-valencia", "en-1234", "en-123a", "en-a123", "en-abcde",
          "abcde-GB", "abcd-GB", "art-lojban", "zh-min-nan", "zh-guoyu", "no-bok", "en-GB-oed-x", "a".repeat(65),
          "en-" + "abcdefgh-".repeat(6) + "x", "")),
      Map.entry("email", strings("a@b.co", "jane.doe@news.example.com", "a..b@x.com", ".a@x.com", "a.@x.com",
          "a@x", "a@-x.com", "a@x-.com", "a@x_y.com", "a".repeat(64) + "@x.com", "a".repeat(65) + "@x.com",
          "a@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + "." + "e".repeat(57) + ".com",
          "a@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + "." + "e".repeat(58) + ".com",
          "a b@x.com", "\"a\"@x.com", "a@[1.2.3.4]", "\u00E4@x.com", "a@\u00E4.com", "a@x.c", "a@1.2.3.4",
          "a@x..com", "@x.com", "a@", "a@@x.com", "a+b@x.com", "a@x.com.", "a@" + "b".repeat(64) + ".com", "")),
      Map.entry("status", strings("draft", "published", "withdrawn", "Published", "", "usable")),
      Map.entry("kind", strings("person", "organization", "Person", "bot", "")),
      Map.entry("priority", strings("breaking", "urgent", "normal", "Normal", "low", "")),
      Map.entry("type", strings("paragraph", "heading", "quote", "list", "image", "divider", "video",
          "Paragraph", "")),
      Map.entry("integer", List.of("-1", "0", "1", "2", "5", "6", "7", "19999", "20000", "20001", "99999",
          "100000", "100001", "10000000", "10000001", "2147483647", "2147483648", "-2147483649", "1.0", "2.0",
          "1e3", "1E1", "1.5", "0.0", "-0", "\"1\"", "true", "1e400", "20e2", "4.00")),
      Map.entry("boolean", List.of("true", "false", "\"true\"", "1", "0")),
      Map.entry("array", List.of("[]", "[null]", "[1]")),
      Map.entry("object", List.of("{}")));

  private MutationPools() {}

  /** Returns the kind of value a slot holds, which picks its pool. */
  static String kind(Slot slot) {
    JsonNode node = slot.node();
    if (node.isArray()) {
      return "array";
    }
    if (node.isObject()) {
      return "object";
    }
    switch (slot.name()) {
      case "canonicalUrl": case "url": case "avatarUrl": case "href": case "license": case "sameAs":
        return "url";
      case "publishedAt": case "updatedAt": case "embargoedUntil": case "expiresAt":
        return "timestamp";
      case "id": case "articleId":
        return "id";
      case "slug": case "section":
        return "slug";
      case "role": case "language": case "email": case "status": case "kind": case "priority": case "type":
        return slot.name();
      case "level": case "start": case "end": case "width": case "height": case "articleCount":
        return "integer";
      case "ordered":
        return "boolean";
      case "name": case "organization":
        return "name";
      default:
        return "text";
    }
  }

  /** Returns the pool of a kind. */
  static List<String> pool(String kind) {
    return POOLS.get(kind);
  }

  /** Returns a raw JSON change for a slot. */
  static String change(Slot slot, SplittableRandom random) {
    int roll = random.nextInt(100);
    if (roll < 8) {
      return REMOVE;
    }
    if (roll < 13) {
      return "null";
    }
    if (roll < 20) {
      return GENERAL.get(random.nextInt(GENERAL.size()));
    }
    String kind = kind(slot);
    if (kind.equals("array") && roll < 70) {
      return arrayChange((ArrayNode) slot.node(), slot.name(), random);
    }
    if (kind.equals("object") && roll < 70) {
      return objectChange((ObjectNode) slot.node(), random);
    }
    if (slot.node().isString() && roll < 60) {
      return derived(slot.node().asString(), random);
    }
    List<String> pool = pool(kind);
    return pool.get(random.nextInt(pool.size()));
  }

  /** A change of the text a slot holds: a character put in, a length at or past a limit, an escape. */
  private static String derived(String original, SplittableRandom random) {
    int roll = random.nextInt(10);
    if (roll < 6) {
      String character = CHARACTERS.get(random.nextInt(CHARACTERS.size()));
      int at = original.offsetByCodePoints(0, random.nextInt(original.codePointCount(0, original.length()) + 1));
      String changed = original.substring(0, at) + character + original.substring(at);
      return quote(random.nextBoolean() ? changed : character);
    }
    if (roll < 8) {
      int length = LENGTHS[random.nextInt(LENGTHS.length)] + random.nextInt(2);
      return quote(random.nextBoolean() ? "x".repeat(length) : ASTRAL.repeat(length));
    }
    if (roll < 9) {
      return ESCAPED.get(random.nextInt(ESCAPED.size()));
    }
    // The same value with a combining mark run around the limit, or with the ASCII case swapped.
    return random.nextBoolean()
        ? quote(original + "\u0301".repeat(29 + random.nextInt(4)))
        : quote(swapCase(original));
  }

  private static String arrayChange(ArrayNode array, String name, SplittableRandom random) {
    if (array.isEmpty()) {
      return "[]";
    }
    ArrayNode changed = array.deepCopy();
    int roll = random.nextInt(4);
    JsonNode element = array.get(random.nextInt(array.size()));
    if (roll == 0) {
      changed.add(element.deepCopy());
    } else if (roll == 1 && element.isString()) {
      changed.add(swapCase(element.asString()));
    } else {
      int limit = limit(name, element);
      int target = limit + (random.nextBoolean() ? 0 : 1);
      for (int i = changed.size(); i < target; i++) {
        changed.add(distinct(element, i));
      }
    }
    return JSON.writeValueAsString(changed);
  }

  /**
   * Returns the array with its first element added again: as it is, with the ASCII case of a text
   * swapped, and with the same key (slug or id) but another name or headline.
   */
  static List<String> duplicates(ArrayNode array) {
    JsonNode first = array.get(0);
    List<JsonNode> copies = new ArrayList<>();
    copies.add(first.deepCopy());
    if (first.isString()) {
      copies.add(JSON.getNodeFactory().stringNode(swapCase(first.asString())));
    } else if (first.isObject()) {
      ObjectNode twin = (ObjectNode) first.deepCopy();
      for (String property : List.of("name", "headline", "text")) {
        if (twin.has(property)) {
          twin.put(property, twin.get(property).asString() + " again");
        }
      }
      copies.add(twin);
    }
    List<String> changes = new ArrayList<>();
    for (JsonNode copy : copies) {
      ArrayNode changed = array.deepCopy();
      changed.add(copy);
      changes.add(JSON.writeValueAsString(changed));
    }
    return changes;
  }

  private static String objectChange(ObjectNode object, SplittableRandom random) {
    ObjectNode changed = object.deepCopy();
    changed.put(random.nextBoolean() ? "unknownProperty" : "x-extension", random.nextBoolean() ? "v" : null);
    return JSON.writeValueAsString(changed);
  }

  /** The largest number of elements the list of that name holds. */
  private static int limit(String name, JsonNode element) {
    switch (name) {
      case "body": return 2_000;
      case "authors": case "credits": return 50;
      case "tags": return 100;
      case "sameAs": return 20;
      case "links": return 1_000;
      case "items": return element.isObject() ? 200 : 1_000;
      default: return 1;
    }
  }

  /** A copy of an element made distinct by its index where it has a key: slug, id or its text. */
  private static JsonNode distinct(JsonNode element, int index) {
    if (element.isString()) {
      String text = element.asString();
      return JSON.getNodeFactory().stringNode(text.startsWith("http") ? text + "?" + index : "e" + index);
    }
    JsonNode copy = element.deepCopy();
    if (copy.isObject()) {
      ObjectNode object = (ObjectNode) copy;
      if (object.has("slug")) {
        object.put("slug", "s" + index);
      }
      if (object.has("id")) {
        object.put("id", "i" + index);
      }
    }
    return copy;
  }

  private static String swapCase(String text) {
    StringBuilder swapped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      swapped.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return swapped.toString();
  }

  private static String quote(String text) {
    return JSON.writeValueAsString(text);
  }

  private static List<String> strings(String... values) {
    List<String> quoted = new ArrayList<>();
    for (String value : values) {
      quoted.add(quote(value));
    }
    return List.copyOf(quoted);
  }

  private static List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (String character : CHARACTERS) {
      texts.add(quote(character));
      texts.add(quote("a" + character + "b"));
      texts.add(quote(" " + character + " "));
    }
    texts.addAll(strings("", " ", " \u00A0\u3000 ", "\u200E\u2066\u2069", "\u00AD\u2060", "\n\t \u2066",
        "\uDB40\uDC01\uDB40\uDC20", "\uD834\uDD73 ", "e" + "\u0301".repeat(30), "e" + "\u0301".repeat(31),
        "\u0301".repeat(31), "e" + "\u0903".repeat(31), "e" + "\u20DD".repeat(31),
        "e" + "\u0301".repeat(15) + "x" + "\u0301".repeat(16), "<b>x</b>", "Ok", "x"));
    for (int length : LENGTHS) {
      texts.add(quote("x".repeat(length)));
      texts.add(quote("x".repeat(length + 1)));
      texts.add(quote(ASTRAL.repeat(length)));
      texts.add(quote(ASTRAL.repeat(length + 1)));
    }
    texts.addAll(ESCAPED);
    return List.copyOf(texts);
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>(texts());
    names.addAll(strings("By Jane Doe", "by jane", "BY X", "Byron Doe", "By", " By Jane", "Jane Doe and John Roe",
        "Jane Doe & John Roe", "Doe; Roe", "Jane and", "Ampersand&Co", "Jane Doe", "A and B", "A  and B",
        "A AND B"));
    return List.copyOf(names);
  }

  private static List<String> urls() {
    List<String> urls = new ArrayList<>(List.of(
        "https://host:", "https://host:/", "https://host:?q", "https://example.com:0/", "https://example.com:1/",
        "https://example.com:65535/", "https://example.com:65536/", "https://example.com:00080/",
        "https://example.com:000080/", "https://example.com:00000/", "https://example.com:99999/",
        "https://example.com:8a/", "https://example.com:+80/", "http://example.com", "HTTPS://EXAMPLE.COM/",
        "HtTp://example.com", "https://exa_mple.com/", "https://-a.com/", "https://a-.com/", "https://a..b/",
        "https://a.b./", "https://.a.b/", "https://" + "a".repeat(63) + ".com/", "https://" + "a".repeat(64) + ".com/",
        "https://" + ("a".repeat(62) + ".").repeat(4) + "ab/", "https://" + ("a".repeat(62) + ".").repeat(4) + "a/",
        "https://1.2.3.4/", "https://1.2.3.256/", "https://01.2.3.4/", "https://0.0.0.0/", "https://1.2.3/",
        "https://1.2.3.4.5/", "https://example.123/", "https://123/", "https://0/", "https://a.1b/",
        "https://1a.b/", "https://a.b1/", "https://a.b.3/", "https://1.2.3.04/", "https://255.255.255.255:8080/x",
        "https://[::1]/", "https://[::1]:8080/", "https://[::1]:/", "https://[::1]x/", "https://[1:2:3:4:5:6:7:8]/",
        "https://[1:2:3:4:5:6:7::]/", "https://[1:2:3:4:5:6:7:8::]/", "https://[::1:2:3:4:5:6:7]/",
        "https://[::1:2:3:4:5:6:7:8]/", "https://[::ffff:1.2.3.4]/", "https://[::ffff:1.2.3.256]/",
        "https://[1:2:3:4:5:6:1.2.3.4]/", "https://[1:2:3:4:5:6:7:1.2.3.4]/", "https://[fe80::1%25eth0]/",
        "https://[12345::]/", "https://[:::]/", "https://[::]/", "https://[1::2::3]/", "https://[1:2]/",
        "https://[::1.2.3.4]/", "https://[1::]/", "https://[:1::]/", "https://[1:]/", "https://[]/",
        "https://[v1.x]/", "https://[::1]", "https://[::1", "https://user@example.com/", "https://@example.com/",
        "https://example.com/a@b", "https://example.com/a b", "https://example.com/%zz", "https://example.com/%4",
        "https://example.com/a%20b", "https://example.com/%", "https://example.com/\u00E9",
        "https://example.com/\u00A0", "https://example.com/\u3000", "https://example.com/\u2000",
        "https://example.com/\u200B", "https://example.com/\u00AD", "https://example.com/\u2060",
        "https://example.com/\u180E", "https://example.com/\u0085", "https://example.com/\u2028",
        "https://example.com/\uFDD0", "https://example.com/\uE000", "https://example.com/\uDB80\uDC00",
        "https://example.com/\uD83F\uDFFE", "https://example.com/\uDB40\uDC01", "https://example.com/\uD83C\uDF89",
        "https://example.com/?q=1#frag", "https://example.com?q", "https://example.com#f", "javascript:alert(1)",
        "ftp://example.com/", "//example.com/", "https://", "https:///path", "https://example.com/\\",
        "https://example.com/a\"b", "https://example.com/{x}", "https://example.com/|", "https://example.com/^",
        "https://example.com/`", "https://example.com/<", "https://ex\u0430mple.com/", "https://ex\u00E9.com/",
        "https://example.com:80:80/", "https://example.com\\a", " https://example.com/", "https://example.com/ ",
        "https://example.com./", "https://a/", "http://localhost:8080/path", "https://example.com/\u000B",
        "https://example.com/\u007F", "https://example.com/\u1680", "https://example.com/\u202F",
        "https://example.com/\uFEFF", "https://example.com/\uFFFE",
        "https://e.com/" + "x".repeat(2_048 - 14), "https://e.com/" + "x".repeat(2_049 - 14),
        "https://e.com/" + ASTRAL.repeat(2_048 - 14), "https://e.com/" + ASTRAL.repeat(2_049 - 14), ""));
    List<String> quoted = new ArrayList<>();
    for (String url : urls) {
      quoted.add(quote(url));
    }
    quoted.add("\"https://example.com/\\ud800\"");
    quoted.add("\"https://example.com/a\\udc00b\"");
    return List.copyOf(quoted);
  }

  private static List<String> timestamps() {
    return strings("2024-05-01T10:00:00Z", "2024-05-01t10:00:00z", "2024-05-01T10:00:00.1Z",
        "2024-05-01T10:00:00.123456789Z", "2024-05-01T10:00:00.1234567890Z", "2024-05-01T10:00Z",
        "2024-05-01T10:00:60Z", "2024-02-30T00:00:00Z", "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z",
        "1900-02-29T00:00:00Z", "2000-02-29T00:00:00Z", "2100-02-29T00:00:00Z", "1904-02-29T00:00:00Z",
        "2196-02-29T00:00:00Z", "2024-04-31T00:00:00Z", "2024-06-31T00:00:00Z", "2024-09-31T00:00:00Z",
        "2024-11-31T00:00:00Z", "2024-12-31T23:59:59Z", "2024-01-31T00:00:00Z", "2024-02-28T00:00:00Z",
        "2023-02-28T23:59:59Z", "2024-00-10T00:00:00Z", "2024-13-10T00:00:00Z", "2024-01-00T00:00:00Z",
        "2024-01-32T00:00:00Z", "1899-12-31T23:59:59Z", "1899-12-31T23:00:00-01:00",
        "1899-12-31T22:59:59-01:00", "1899-12-31T12:00:00-12:00", "1899-12-31T23:30:00-00:30",
        "1900-01-01T00:00:00Z", "1900-01-01T00:30:00+01:00", "1900-01-01T01:00:00+01:00",
        "1900-01-01T00:00:00-01:00", "1900-01-01T00:00:00+00:00", "2199-12-31T23:59:59.999999999Z",
        "2200-01-01T00:00:00Z", "2200-01-01T00:30:00+01:00", "2200-01-01T01:00:00+01:00",
        "2200-01-01T00:00:00+00:00", "2199-12-31T23:30:00-01:00", "2199-12-31T22:30:00-01:00",
        "2199-12-31T23:30:00+01:00", "2024-05-01T10:00:00+24:00", "2024-05-01T10:00:00+23:59",
        "2024-05-01T10:00:00-00:00", "2024-05-01T10:00:00+05:60", "2024-05-01T10:00:00+0500",
        "2024-05-01 10:00:00Z", "2024-05-01T10:00:00", "2024-05-01T10:00:00.Z", "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z", "2024-5-1T10:00:00Z", "2024-05-01T24:00:00Z", " 2024-05-01T10:00:00Z",
        "2024-05-01T10:00:00Z ", "2024-05-01", "1800-01-01T00:00:00Z", "2300-01-01T00:00:00Z", "")
        .stream().collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(),
            list -> {
              list.add("1714557600");
              list.add("\"2024-05-01T10:00:00\\u005a\"");
              return List.copyOf(list);
            }));
  }
}
