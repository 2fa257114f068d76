package dev.masthead.ninjs;

/** RFC 6901 JSON Pointer segments. */
final class Pointers {
  private Pointers() {}

  /** Escapes a property name as a pointer segment: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** Appends a property name to a pointer. */
  static String at(String pointer, String name) {
    return pointer + "/" + escape(name);
  }

  /** Appends an array index to a pointer. */
  static String at(String pointer, int index) {
    return pointer + "/" + index;
  }
}
