package dev.masthead.benchmarks;

import dev.masthead.benchmarks.Pojos.Article;
import dev.masthead.benchmarks.Pojos.ArticleStatus;
import dev.masthead.benchmarks.Pojos.Author;
import dev.masthead.benchmarks.Pojos.AuthorKind;
import dev.masthead.benchmarks.Pojos.Block;
import dev.masthead.benchmarks.Pojos.Credit;
import dev.masthead.benchmarks.Pojos.Divider;
import dev.masthead.benchmarks.Pojos.Heading;
import dev.masthead.benchmarks.Pojos.Image;
import dev.masthead.benchmarks.Pojos.ImageBlock;
import dev.masthead.benchmarks.Pojos.Link;
import dev.masthead.benchmarks.Pojos.ListBlock;
import dev.masthead.benchmarks.Pojos.Paragraph;
import dev.masthead.benchmarks.Pojos.Quote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.ByteArrayBuilder;

/**
 * Hand-written Jackson streaming code for the {@link Pojos} shape: the practical upper bound of
 * reading and writing this wire format on the JVM, with no data binding, no reflection and no
 * validation between the bytes and the objects.
 *
 * <p>It is the code a team writes when data binding is too slow for it, and keeps the properties a
 * careful hand-written reader keeps: any property order, explicit nulls read as absent, unknown
 * properties skipped, a wrong token an error rather than a wrong value. It checks nothing else.
 */
public final class Streaming {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Streaming() {}

  /**
   * Writes an article as compact UTF-8 JSON, in the order the Masthead writer uses, into a pooled
   * buffer as Jackson's own {@code writeValueAsBytes} does, so that the bound includes Jackson's
   * buffer reuse.
   */
  public static byte[] write(Article article) {
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
      try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
        article(g, article);
      }
      byte[] json = out.toByteArray();
      out.release();
      return json;
    } finally {
      recycler.releaseToPool();
    }
  }

  /** Reads an article from UTF-8 JSON. */
  public static Article read(byte[] json) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT);
      Article article = article(p);
      if (p.nextToken() != null) {
        throw new StreamReadException(p, "trailing content after the article");
      }
      return article;
    }
  }

  private static void article(JsonGenerator g, Article a) {
    g.writeStartObject();
    string(g, "id", a.getId());
    string(g, "slug", a.getSlug());
    string(g, "kicker", a.getKicker());
    string(g, "headline", a.getHeadline());
    string(g, "subheadline", a.getSubheadline());
    string(g, "summary", a.getSummary());
    if (!a.getBody().isEmpty()) {
      g.writeArrayPropertyStart("body");
      for (Block block : a.getBody()) {
        block(g, block);
      }
      g.writeEndArray();
    }
    if (!a.getAuthors().isEmpty()) {
      g.writeArrayPropertyStart("authors");
      for (Author author : a.getAuthors()) {
        author(g, author);
      }
      g.writeEndArray();
    }
    if (!a.getCredits().isEmpty()) {
      g.writeArrayPropertyStart("credits");
      for (Credit credit : a.getCredits()) {
        credit(g, credit);
      }
      g.writeEndArray();
    }
    if (a.getLeadImage() != null) {
      g.writeName("leadImage");
      image(g, a.getLeadImage());
    }
    string(g, "section", a.getSection());
    strings(g, "tags", a.getTags());
    string(g, "language", a.getLanguage());
    string(g, "dateline", a.getDateline());
    if (a.getStatus() != null) {
      g.writeStringProperty("status", status(a.getStatus()));
    }
    instant(g, "publishedAt", a.getPublishedAt());
    instant(g, "updatedAt", a.getUpdatedAt());
    instant(g, "embargoedUntil", a.getEmbargoedUntil());
    instant(g, "expiresAt", a.getExpiresAt());
    string(g, "canonicalUrl", a.getCanonicalUrl());
    g.writeEndObject();
  }

  private static void block(JsonGenerator g, Block block) {
    g.writeStartObject();
    if (block instanceof Paragraph) {
      Paragraph paragraph = (Paragraph) block;
      g.writeStringProperty("type", "paragraph");
      string(g, "text", paragraph.getText());
      if (!paragraph.getLinks().isEmpty()) {
        g.writeArrayPropertyStart("links");
        for (Link link : paragraph.getLinks()) {
          g.writeStartObject();
          g.writeNumberProperty("start", link.getStart());
          g.writeNumberProperty("end", link.getEnd());
          string(g, "href", link.getHref());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
    } else if (block instanceof Heading) {
      Heading heading = (Heading) block;
      g.writeStringProperty("type", "heading");
      g.writeNumberProperty("level", heading.getLevel());
      string(g, "text", heading.getText());
    } else if (block instanceof Quote) {
      Quote quote = (Quote) block;
      g.writeStringProperty("type", "quote");
      string(g, "text", quote.getText());
      string(g, "attribution", quote.getAttribution());
    } else if (block instanceof ListBlock) {
      ListBlock list = (ListBlock) block;
      g.writeStringProperty("type", "list");
      g.writeBooleanProperty("ordered", list.isOrdered());
      strings(g, "items", list.getItems());
    } else if (block instanceof ImageBlock) {
      g.writeStringProperty("type", "image");
      Image image = ((ImageBlock) block).getImage();
      if (image != null) {
        g.writeName("image");
        image(g, image);
      }
    } else if (block instanceof Divider) {
      g.writeStringProperty("type", "divider");
    } else {
      throw new IllegalArgumentException("not a block: " + block.getClass().getName());
    }
    g.writeEndObject();
  }

  private static void author(JsonGenerator g, Author a) {
    g.writeStartObject();
    string(g, "name", a.getName());
    string(g, "slug", a.getSlug());
    if (a.getKind() != null) {
      g.writeStringProperty("kind", a.getKind() == AuthorKind.ORGANIZATION ? "organization" : "person");
    }
    string(g, "bio", a.getBio());
    string(g, "jobTitle", a.getJobTitle());
    integer(g, "articleCount", a.getArticleCount());
    string(g, "url", a.getUrl());
    string(g, "avatarUrl", a.getAvatarUrl());
    strings(g, "sameAs", a.getSameAs());
    string(g, "email", a.getEmail());
    g.writeEndObject();
  }

  private static void credit(JsonGenerator g, Credit c) {
    g.writeStartObject();
    string(g, "role", c.getRole());
    string(g, "name", c.getName());
    string(g, "organization", c.getOrganization());
    string(g, "text", c.getText());
    string(g, "copyrightNotice", c.getCopyrightNotice());
    string(g, "license", c.getLicense());
    g.writeEndObject();
  }

  private static void image(JsonGenerator g, Image i) {
    g.writeStartObject();
    string(g, "url", i.getUrl());
    string(g, "altText", i.getAltText());
    string(g, "caption", i.getCaption());
    integer(g, "width", i.getWidth());
    integer(g, "height", i.getHeight());
    if (i.getCredit() != null) {
      g.writeName("credit");
      credit(g, i.getCredit());
    }
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String name, String value) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }

  private static void integer(JsonGenerator g, String name, Integer value) {
    if (value != null) {
      g.writeNumberProperty(name, value.intValue());
    }
  }

  private static void instant(JsonGenerator g, String name, Instant value) {
    if (value != null) {
      g.writeStringProperty(name, value.toString());
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    if (values != null && !values.isEmpty()) {
      g.writeArrayPropertyStart(name);
      for (String value : values) {
        g.writeString(value);
      }
      g.writeEndArray();
    }
  }

  private static String status(ArticleStatus status) {
    switch (status) {
      case DRAFT:
        return "draft";
      case WITHDRAWN:
        return "withdrawn";
      default:
        return "published";
    }
  }

  /** Reads the members of an article; the parser is on its START_OBJECT. */
  private static Article article(JsonParser p) {
    Article a = new Article();
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      if (p.nextToken() == JsonToken.VALUE_NULL) {
        continue;
      }
      switch (name) {
        case "id":
          a.setId(string(p));
          break;
        case "slug":
          a.setSlug(string(p));
          break;
        case "kicker":
          a.setKicker(string(p));
          break;
        case "headline":
          a.setHeadline(string(p));
          break;
        case "subheadline":
          a.setSubheadline(string(p));
          break;
        case "summary":
          a.setSummary(string(p));
          break;
        case "body":
          a.setBody(blocks(p));
          break;
        case "authors":
          a.setAuthors(authors(p));
          break;
        case "credits":
          a.setCredits(credits(p));
          break;
        case "leadImage":
          a.setLeadImage(image(p));
          break;
        case "section":
          a.setSection(string(p));
          break;
        case "tags":
          a.setTags(strings(p));
          break;
        case "language":
          a.setLanguage(string(p));
          break;
        case "dateline":
          a.setDateline(string(p));
          break;
        case "status":
          a.setStatus(status(p));
          break;
        case "publishedAt":
          a.setPublishedAt(instant(p));
          break;
        case "updatedAt":
          a.setUpdatedAt(instant(p));
          break;
        case "embargoedUntil":
          a.setEmbargoedUntil(instant(p));
          break;
        case "expiresAt":
          a.setExpiresAt(instant(p));
          break;
        case "canonicalUrl":
          a.setCanonicalUrl(string(p));
          break;
        default:
          p.skipChildren();
      }
    }
    return a;
  }

  private static List<Block> blocks(JsonParser p) {
    expect(p, p.currentToken(), JsonToken.START_ARRAY);
    List<Block> blocks = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      expect(p, p.currentToken(), JsonToken.START_OBJECT);
      blocks.add(block(p));
    }
    return blocks;
  }

  /** Reads a block whose {@code type} may come in any position, so it collects every member first. */
  private static Block block(JsonParser p) {
    String type = null;
    String text = null;
    String attribution = null;
    int level = 0;
    boolean ordered = false;
    List<String> items = null;
    List<Link> links = null;
    Image image = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      if (p.nextToken() == JsonToken.VALUE_NULL) {
        continue;
      }
      switch (name) {
        case "type":
          type = string(p);
          break;
        case "text":
          text = string(p);
          break;
        case "attribution":
          attribution = string(p);
          break;
        case "level":
          level = integer(p);
          break;
        case "ordered":
          ordered = bool(p);
          break;
        case "items":
          items = strings(p);
          break;
        case "links":
          links = links(p);
          break;
        case "image":
          image = image(p);
          break;
        default:
          p.skipChildren();
      }
    }
    if (type == null) {
      throw new StreamReadException(p, "block without a type");
    }
    switch (type) {
      case "paragraph":
        Paragraph paragraph = new Paragraph();
        paragraph.setText(text);
        if (links != null) {
          paragraph.setLinks(links);
        }
        return paragraph;
      case "heading":
        Heading heading = new Heading();
        heading.setLevel(level);
        heading.setText(text);
        return heading;
      case "quote":
        Quote quote = new Quote();
        quote.setText(text);
        quote.setAttribution(attribution);
        return quote;
      case "list":
        ListBlock list = new ListBlock();
        list.setOrdered(ordered);
        if (items != null) {
          list.setItems(items);
        }
        return list;
      case "image":
        ImageBlock block = new ImageBlock();
        block.setImage(image);
        return block;
      case "divider":
        return new Divider();
      default:
        throw new StreamReadException(p, "unknown block type: " + type);
    }
  }

  private static List<Link> links(JsonParser p) {
    expect(p, p.currentToken(), JsonToken.START_ARRAY);
    List<Link> links = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      expect(p, p.currentToken(), JsonToken.START_OBJECT);
      Link link = new Link();
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          continue;
        }
        switch (name) {
          case "start":
            link.setStart(integer(p));
            break;
          case "end":
            link.setEnd(integer(p));
            break;
          case "href":
            link.setHref(string(p));
            break;
          default:
            p.skipChildren();
        }
      }
      links.add(link);
    }
    return links;
  }

  private static List<Author> authors(JsonParser p) {
    expect(p, p.currentToken(), JsonToken.START_ARRAY);
    List<Author> authors = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      expect(p, p.currentToken(), JsonToken.START_OBJECT);
      Author author = new Author();
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          continue;
        }
        switch (name) {
          case "name":
            author.setName(string(p));
            break;
          case "slug":
            author.setSlug(string(p));
            break;
          case "kind":
            author.setKind(kind(p));
            break;
          case "bio":
            author.setBio(string(p));
            break;
          case "jobTitle":
            author.setJobTitle(string(p));
            break;
          case "articleCount":
            author.setArticleCount(integer(p));
            break;
          case "url":
            author.setUrl(string(p));
            break;
          case "avatarUrl":
            author.setAvatarUrl(string(p));
            break;
          case "sameAs":
            author.setSameAs(strings(p));
            break;
          case "email":
            author.setEmail(string(p));
            break;
          default:
            p.skipChildren();
        }
      }
      authors.add(author);
    }
    return authors;
  }

  private static List<Credit> credits(JsonParser p) {
    expect(p, p.currentToken(), JsonToken.START_ARRAY);
    List<Credit> credits = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      credits.add(credit(p));
    }
    return credits;
  }

  private static Credit credit(JsonParser p) {
    expect(p, p.currentToken(), JsonToken.START_OBJECT);
    Credit credit = new Credit();
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      if (p.nextToken() == JsonToken.VALUE_NULL) {
        continue;
      }
      switch (name) {
        case "role":
          credit.setRole(string(p));
          break;
        case "name":
          credit.setName(string(p));
          break;
        case "organization":
          credit.setOrganization(string(p));
          break;
        case "text":
          credit.setText(string(p));
          break;
        case "copyrightNotice":
          credit.setCopyrightNotice(string(p));
          break;
        case "license":
          credit.setLicense(string(p));
          break;
        default:
          p.skipChildren();
      }
    }
    return credit;
  }

  private static Image image(JsonParser p) {
    expect(p, p.currentToken(), JsonToken.START_OBJECT);
    Image image = new Image();
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      if (p.nextToken() == JsonToken.VALUE_NULL) {
        continue;
      }
      switch (name) {
        case "url":
          image.setUrl(string(p));
          break;
        case "altText":
          image.setAltText(string(p));
          break;
        case "caption":
          image.setCaption(string(p));
          break;
        case "width":
          image.setWidth(integer(p));
          break;
        case "height":
          image.setHeight(integer(p));
          break;
        case "credit":
          image.setCredit(credit(p));
          break;
        default:
          p.skipChildren();
      }
    }
    return image;
  }

  private static List<String> strings(JsonParser p) {
    expect(p, p.currentToken(), JsonToken.START_ARRAY);
    List<String> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(string(p));
    }
    return values;
  }

  private static String string(JsonParser p) {
    expect(p, p.currentToken(), JsonToken.VALUE_STRING);
    return p.getString();
  }

  private static int integer(JsonParser p) {
    expect(p, p.currentToken(), JsonToken.VALUE_NUMBER_INT);
    return p.getIntValue();
  }

  private static boolean bool(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw new StreamReadException(p, "expected a boolean, not " + token);
    }
    return token == JsonToken.VALUE_TRUE;
  }

  private static Instant instant(JsonParser p) {
    return Instant.parse(string(p));
  }

  private static ArticleStatus status(JsonParser p) {
    String value = string(p);
    switch (value) {
      case "draft":
        return ArticleStatus.DRAFT;
      case "published":
        return ArticleStatus.PUBLISHED;
      case "withdrawn":
        return ArticleStatus.WITHDRAWN;
      default:
        throw new StreamReadException(p, "unknown status: " + value);
    }
  }

  private static AuthorKind kind(JsonParser p) {
    String value = string(p);
    switch (value) {
      case "person":
        return AuthorKind.PERSON;
      case "organization":
        return AuthorKind.ORGANIZATION;
      default:
        throw new StreamReadException(p, "unknown author kind: " + value);
    }
  }

  private static void expect(JsonParser p, JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new StreamReadException(p, "expected " + expected + ", not " + actual);
    }
  }
}
