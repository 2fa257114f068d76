package dev.masthead.wire;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A token source and sink over a list of tokens, with no JSON library: what the decoder and encoder
 * see of a binding. A value is a token and its text: {@code ["{", "id", "\"a\"", "}"]}.
 */
final class Tokens implements TokenSource, TokenSink {
  private final List<String> items;
  private int index = -1;
  private @Nullable Token current;
  /** The open containers: a property name or an element index each, for pointers. */
  private final Deque<String[]> path = new ArrayDeque<>();

  Tokens(List<String> items) {
    this.items = new ArrayList<>(items);
  }

  Tokens() {
    this(new ArrayList<>());
  }

  List<String> items() {
    return items;
  }

  private static @Nullable Token kind(@Nullable String item, boolean name) {
    if (item == null) {
      return null;
    }
    switch (item) {
      case "{": return Token.START_OBJECT;
      case "}": return Token.END_OBJECT;
      case "[": return Token.START_ARRAY;
      case "]": return Token.END_ARRAY;
      case "true": return Token.VALUE_TRUE;
      case "false": return Token.VALUE_FALSE;
      case "null": return Token.VALUE_NULL;
      default:
        if (name) {
          return Token.PROPERTY_NAME;
        }
        if (item.startsWith("\"")) {
          return Token.VALUE_STRING;
        }
        return item.contains(".") || item.contains("e") ? Token.VALUE_NUMBER_FLOAT : Token.VALUE_NUMBER_INT;
    }
  }

  /** In an object, whether the next token is a name: its entry's third slot. */
  private boolean expectsName() {
    String[] top = path.peek();
    return top != null && top[0].equals("{") && top[2] != null;
  }

  @Override
  public @Nullable Token nextToken() {
    boolean name = expectsName();
    index++;
    Token token = index < items.size() ? kind(items.get(index), name) : null;
    current = token;
    String[] top = path.peek();
    if (top != null && token != Token.END_OBJECT && token != Token.END_ARRAY) {
      if (top[0].equals("[")) {
        top[1] = top[1] == null ? "0" : String.valueOf(Integer.parseInt(top[1]) + 1);
      } else if (token == Token.PROPERTY_NAME) {
        top[1] = items.get(index);
        top[2] = null;
      } else if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
        top[2] = "name";
      }
    }
    if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
      path.push(new String[] {items.get(index), null, token == Token.START_OBJECT ? "name" : null});
    } else if (token == Token.END_OBJECT || token == Token.END_ARRAY) {
      path.pop();
      String[] parent = path.peek();
      if (parent != null && parent[0].equals("{")) {
        parent[2] = "name";
      }
    }
    return token;
  }

  @Override
  public @Nullable Token currentToken() {
    return current;
  }

  @Override
  public @Nullable String nextName() {
    Token token = nextToken();
    return token == Token.PROPERTY_NAME ? items.get(index) : null;
  }

  @Override
  public String string() {
    String item = items.get(index);
    return item.startsWith("\"") ? item.substring(1, item.length() - 1) : item;
  }

  @Override
  public boolean isInt() {
    try {
      Integer.parseInt(items.get(index));
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public int intValue() {
    return Integer.parseInt(items.get(index));
  }

  @Override
  public String numberText() {
    return items.get(index);
  }

  @Override
  public int line() {
    return 1;
  }

  @Override
  public int column() {
    return index + 1;
  }

  @Override
  public String pointer() {
    StringBuilder pointer = new StringBuilder();
    List<String[]> open = new ArrayList<>(path);
    Token token = currentToken();
    // At the start of a container its own entry is open; its pointer is that of its parent's entry.
    int skip = token == Token.START_OBJECT || token == Token.START_ARRAY ? 1 : 0;
    for (int i = open.size() - 1; i >= skip; i--) {
      if (open.get(i)[1] != null) {
        pointer.append('/').append(open.get(i)[1]);
      }
    }
    return pointer.toString();
  }

  @Override
  public String copy(Consumer<TokenSink> write) {
    Tokens copy = new Tokens();
    write.accept(copy);
    return String.join(" ", copy.items);
  }

  @Override
  public TokenSource open(String json) {
    return new Tokens(List.of(json.split(" ")));
  }

  @Override
  public void startObject() {
    items.add("{");
  }

  @Override
  public void endObject() {
    items.add("}");
  }

  @Override
  public void startArray() {
    items.add("[");
  }

  @Override
  public void endArray() {
    items.add("]");
  }

  @Override
  public void name(String name) {
    items.add(name);
  }

  @Override
  public void string(String value) {
    items.add("\"" + value + "\"");
  }

  @Override
  public void number(int value) {
    items.add(String.valueOf(value));
  }

  @Override
  public void numberText(String text) {
    items.add(text);
  }

  @Override
  public void bool(boolean value) {
    items.add(String.valueOf(value));
  }

  @Override
  public void nullValue() {
    items.add("null");
  }

  @Override
  public void rawValue(String json) {
    items.addAll(List.of(json.split(" ")));
  }
}
