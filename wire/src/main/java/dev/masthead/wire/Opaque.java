package dev.masthead.wire;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Content kept unread: a block of a type this version does not know, copied from a document as
 * compact JSON text, to be written back as it was. Numbers are copied exactly, strings as they are.
 */
final class Opaque {
  private Opaque() {}

  /** A copied object, and its {@code "type"} when that is a string. */
  record Copy(@Nullable String type, String json) {}

  /**
   * Copies the object at which {@code p} stands, leaving {@code p} at its end, with the checks that
   * skipping unknown content applies: no duplicate key, at most {@code maxElements} members or
   * elements in any object or array, every string within the source's length limit.
   */
  static Copy copy(
      TokenSource p, int maxElements, Function<String, ? extends RuntimeException> duplicate,
      Supplier<? extends RuntimeException> tooMany) {
    String[] type = new String[1];
    String json = p.copy(g -> {
      g.startObject();
      Set<String> names = new HashSet<>();
      String name;
      while ((name = p.nextName()) != null) {
        if (!names.add(name)) {
          throw duplicate.apply(name);
        }
        if (names.size() > maxElements) {
          throw tooMany.get();
        }
        g.name(name);
        Token token = p.nextToken();
        if (name.equals("type") && token == Token.VALUE_STRING) {
          type[0] = p.string();
        }
        value(p, token, g, maxElements, duplicate, tooMany);
      }
      g.endObject();
    });
    return new Copy(type[0], json);
  }

  private static void value(
      TokenSource p, @Nullable Token token, TokenSink g, int maxElements,
      Function<String, ? extends RuntimeException> duplicate, Supplier<? extends RuntimeException> tooMany) {
    if (token == null) {
      // The source reports the end of its input itself; a copy never stands past it.
      throw new IllegalStateException("input ended inside a copied value");
    }
    switch (token) {
      case START_OBJECT: {
        g.startObject();
        Set<String> names = new HashSet<>();
        String name;
        while ((name = p.nextName()) != null) {
          if (!names.add(name)) {
            throw duplicate.apply(name);
          }
          if (names.size() > maxElements) {
            throw tooMany.get();
          }
          g.name(name);
          value(p, p.nextToken(), g, maxElements, duplicate, tooMany);
        }
        g.endObject();
        break;
      }
      case START_ARRAY: {
        g.startArray();
        int count = 0;
        Token element;
        while ((element = p.nextToken()) != Token.END_ARRAY) {
          if (++count > maxElements) {
            throw tooMany.get();
          }
          value(p, element, g, maxElements, duplicate, tooMany);
        }
        g.endArray();
        break;
      }
      case VALUE_STRING:
        // Reading the string applies the source's length limit.
        g.string(p.string());
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        g.numberText(p.numberText());
        break;
      case VALUE_TRUE:
        g.bool(true);
        break;
      case VALUE_FALSE:
        g.bool(false);
        break;
      case VALUE_NULL:
        g.nullValue();
        break;
      default:
        throw new IllegalStateException("unexpected token in a copied value: " + token);
    }
  }
}
