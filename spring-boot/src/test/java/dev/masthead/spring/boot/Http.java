package dev.masthead.spring.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client on the loopback interface, and the fixtures the requests carry. */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final JsonMapper JSON = new JsonMapper();

  private Http() {}

  static HttpResponse<String> post(int port, String path, String json) {
    return post(port, path, json.getBytes(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> post(int port, String path, byte[] json) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json))
        .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  /** The seed article, in the wire format, as the examples module ships it. */
  static String seed() {
    try (InputStream in = Http.class.getResourceAsStream("/seed/us-sends-arms.json")) {
      if (in == null) {
        throw new IllegalStateException("seed/us-sends-arms.json is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed with a blank headline and a byline for an author name: two violations. */
  static String invalidArticle() {
    return replace(replace(seed(), "\"headline\": \"U.S. Sends Arms Against Iran Threat in Syria\"", "\"headline\": \" \""),
        "\"name\": \"Siavosh Hosseini\"", "\"name\": \"By Siavosh Hosseini\"");
  }

  static String replace(String text, String target, String replacement) {
    if (!text.contains(target)) {
      throw new IllegalArgumentException("fixture lacks " + target);
    }
    return text.replace(target, replacement);
  }

  /**
   * A well-formed article of at least {@code bytes} bytes: paragraphs of 19,999 characters, under the
   * 20,000 a paragraph may hold, so that only its size is wrong.
   */
  static byte[] largeArticle(long bytes) {
    String text = "word ".repeat(4_000).trim();
    int paragraphs = (int) (bytes / text.length()) + 1;
    StringBuilder json = new StringBuilder(paragraphs * (text.length() + 40) + 200);
    json.append("{\"id\":\"large\",\"slug\":\"large\",\"headline\":\"A large article\",\"language\":\"en\",\"body\":[");
    for (int i = 0; i < paragraphs; i++) {
      json.append(i == 0 ? "" : ",").append("{\"type\":\"paragraph\",\"text\":\"").append(text).append("\"}");
    }
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
