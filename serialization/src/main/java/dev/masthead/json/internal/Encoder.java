package dev.masthead.json.internal;

import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.Block;
import dev.masthead.model.Correction;
import dev.masthead.model.Credit;
import dev.masthead.model.DigitalSourceType;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Link;
import dev.masthead.model.ListBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import dev.masthead.model.Rendition;
import dev.masthead.model.Rights;
import dev.masthead.model.Span;
import dev.masthead.model.Subject;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.UnknownBlock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the wire format: properties in component order, absent values and empty lists omitted,
 * enums in lower case, timestamps as {@link Instant#toString()} (UTC, {@code Z}).
 */
public final class Encoder {
  private Encoder() {}

  /** Writes any Masthead value. */
  public static void write(JsonGenerator g, Object value) {
    if (value instanceof Article) {
      article(g, (Article) value);
    } else if (value instanceof Block) {
      block(g, (Block) value);
    } else if (value instanceof Author) {
      author(g, (Author) value);
    } else if (value instanceof Credit) {
      credit(g, (Credit) value);
    } else if (value instanceof Image) {
      image(g, (Image) value);
    } else if (value instanceof Link) {
      link(g, (Link) value);
    } else if (value instanceof Ticker) {
      ticker(g, (Ticker) value);
    } else if (value instanceof TickerItem) {
      tickerItem(g, (TickerItem) value);
    } else if (value instanceof Rendition) {
      rendition(g, (Rendition) value);
    } else if (value instanceof Rights) {
      g.writeStartObject();
      rightsParts(g, (Rights) value);
      g.writeEndObject();
    } else if (value instanceof Subject) {
      subject(g, (Subject) value);
    } else if (value instanceof Correction) {
      correction(g, (Correction) value);
    } else if (value instanceof Span) {
      span(g, (Span) value);
    } else if (value instanceof DigitalSourceType) {
      g.writeString(((DigitalSourceType) value).uri());
    } else {
      throw new IllegalArgumentException("not a Masthead type: " + value.getClass().getName());
    }
  }

  /** Writes an article. */
  public static void article(JsonGenerator g, Article a) {
    g.writeStartObject();
    string(g, "id", a.id());
    string(g, "slug", a.slug());
    string(g, "kicker", a.kicker());
    string(g, "headline", a.headline());
    string(g, "subheadline", a.subheadline());
    string(g, "summary", a.summary());
    if (!a.body().isEmpty()) {
      g.writeArrayPropertyStart("body");
      for (Block block : a.body()) {
        block(g, block);
      }
      g.writeEndArray();
    }
    if (!a.authors().isEmpty()) {
      g.writeArrayPropertyStart("authors");
      for (Author author : a.authors()) {
        author(g, author);
      }
      g.writeEndArray();
    }
    if (!a.credits().isEmpty()) {
      g.writeArrayPropertyStart("credits");
      for (Credit credit : a.credits()) {
        credit(g, credit);
      }
      g.writeEndArray();
    }
    if (a.leadImage() != null) {
      g.writeName("leadImage");
      image(g, a.leadImage());
    }
    string(g, "section", a.section());
    strings(g, "tags", a.tags());
    string(g, "language", a.language());
    string(g, "dateline", a.dateline());
    g.writeStringProperty("status", lower(a.status()));
    instant(g, "publishedAt", a.publishedAt());
    instant(g, "updatedAt", a.updatedAt());
    instant(g, "embargoedUntil", a.embargoedUntil());
    instant(g, "expiresAt", a.expiresAt());
    string(g, "canonicalUrl", a.canonicalUrl());
    string(g, "uri", a.uri());
    if (!a.subjects().isEmpty()) {
      g.writeArrayPropertyStart("subjects");
      for (Subject subject : a.subjects()) {
        subject(g, subject);
      }
      g.writeEndArray();
    }
    rights(g, a.rights());
    digitalSourceType(g, a.digitalSourceType());
    if (!a.corrections().isEmpty()) {
      g.writeArrayPropertyStart("corrections");
      for (Correction correction : a.corrections()) {
        correction(g, correction);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Writes a block, its {@code type} first; an unknown block as it was read. */
  public static void block(JsonGenerator g, Block block) {
    if (block instanceof UnknownBlock) {
      Opaque.write(g, ((UnknownBlock) block).json());
      return;
    }
    g.writeStartObject();
    g.writeStringProperty("type", block.type().wireName());
    switch (block.type()) {
      case PARAGRAPH:
        Paragraph paragraph = (Paragraph) block;
        string(g, "text", paragraph.text());
        if (!paragraph.links().isEmpty()) {
          g.writeArrayPropertyStart("links");
          for (Link link : paragraph.links()) {
            link(g, link);
          }
          g.writeEndArray();
        }
        spans(g, "emphasis", paragraph.emphasis());
        spans(g, "strong", paragraph.strong());
        break;
      case HEADING:
        Heading heading = (Heading) block;
        g.writeNumberProperty("level", heading.level());
        string(g, "text", heading.text());
        break;
      case QUOTE:
        Quote quote = (Quote) block;
        string(g, "text", quote.text());
        string(g, "attribution", quote.attribution());
        break;
      case LIST:
        ListBlock list = (ListBlock) block;
        g.writeBooleanProperty("ordered", list.ordered());
        strings(g, "items", list.items());
        break;
      case IMAGE:
        Image image = ((ImageBlock) block).image();
        if (image != null) {
          g.writeName("image");
          image(g, image);
        }
        break;
      case DIVIDER:
      case UNKNOWN:
        break;
    }
    g.writeEndObject();
  }

  /** Writes an author. */
  public static void author(JsonGenerator g, Author a) {
    g.writeStartObject();
    string(g, "name", a.name());
    string(g, "slug", a.slug());
    g.writeStringProperty("kind", lower(a.kind()));
    string(g, "bio", a.bio());
    string(g, "jobTitle", a.jobTitle());
    integer(g, "articleCount", a.articleCount());
    string(g, "url", a.url());
    string(g, "avatarUrl", a.avatarUrl());
    strings(g, "sameAs", a.sameAs());
    string(g, "email", a.email());
    g.writeEndObject();
  }

  /** Writes a credit. */
  public static void credit(JsonGenerator g, Credit c) {
    g.writeStartObject();
    string(g, "role", c.role());
    string(g, "name", c.name());
    string(g, "organization", c.organization());
    string(g, "text", c.text());
    string(g, "copyrightNotice", c.copyrightNotice());
    string(g, "license", c.license());
    g.writeEndObject();
  }

  /** Writes an image. */
  public static void image(JsonGenerator g, Image i) {
    g.writeStartObject();
    string(g, "url", i.url());
    string(g, "altText", i.altText());
    string(g, "caption", i.caption());
    integer(g, "width", i.width());
    integer(g, "height", i.height());
    if (i.credit() != null) {
      g.writeName("credit");
      credit(g, i.credit());
    }
    if (!i.renditions().isEmpty()) {
      g.writeArrayPropertyStart("renditions");
      for (Rendition rendition : i.renditions()) {
        rendition(g, rendition);
      }
      g.writeEndArray();
    }
    rights(g, i.rights());
    digitalSourceType(g, i.digitalSourceType());
    g.writeEndObject();
  }

  /** Writes a link. */
  public static void link(JsonGenerator g, Link l) {
    g.writeStartObject();
    g.writeNumberProperty("start", l.start());
    g.writeNumberProperty("end", l.end());
    string(g, "href", l.href());
    g.writeEndObject();
  }

  /** Writes a ticker. */
  public static void ticker(JsonGenerator g, Ticker t) {
    g.writeStartObject();
    string(g, "id", t.id());
    string(g, "label", t.label());
    if (!t.items().isEmpty()) {
      g.writeArrayPropertyStart("items");
      for (TickerItem item : t.items()) {
        tickerItem(g, item);
      }
      g.writeEndArray();
    }
    instant(g, "updatedAt", t.updatedAt());
    g.writeEndObject();
  }

  /** Writes a ticker item. */
  public static void tickerItem(JsonGenerator g, TickerItem t) {
    g.writeStartObject();
    string(g, "id", t.id());
    string(g, "headline", t.headline());
    string(g, "url", t.url());
    string(g, "articleId", t.articleId());
    g.writeStringProperty("priority", lower(t.priority()));
    instant(g, "publishedAt", t.publishedAt());
    instant(g, "expiresAt", t.expiresAt());
    g.writeEndObject();
  }

  /** Writes a rendition. */
  public static void rendition(JsonGenerator g, Rendition r) {
    g.writeStartObject();
    string(g, "url", r.url());
    integer(g, "width", r.width());
    integer(g, "height", r.height());
    string(g, "mediaType", r.mediaType());
    g.writeEndObject();
  }

  /** Writes a subject. */
  public static void subject(JsonGenerator g, Subject s) {
    g.writeStartObject();
    string(g, "name", s.name());
    string(g, "uri", s.uri());
    g.writeEndObject();
  }

  /** Writes a correction. */
  public static void correction(JsonGenerator g, Correction c) {
    g.writeStartObject();
    string(g, "text", c.text());
    instant(g, "publishedAt", c.publishedAt());
    g.writeEndObject();
  }

  private static void rights(JsonGenerator g, @Nullable Rights r) {
    if (r == null) {
      return;
    }
    g.writeObjectPropertyStart("rights");
    rightsParts(g, r);
    g.writeEndObject();
  }

  private static void rightsParts(JsonGenerator g, Rights r) {
    string(g, "copyrightHolder", r.copyrightHolder());
    string(g, "copyrightNotice", r.copyrightNotice());
    string(g, "usageTerms", r.usageTerms());
    string(g, "license", r.license());
    string(g, "acquireLicensePage", r.acquireLicensePage());
  }

  private static void digitalSourceType(JsonGenerator g, @Nullable DigitalSourceType type) {
    if (type != null) {
      g.writeStringProperty("digitalSourceType", type.uri());
    }
  }

  private static void spans(JsonGenerator g, String name, List<Span> spans) {
    if (!spans.isEmpty()) {
      g.writeArrayPropertyStart(name);
      for (Span span : spans) {
        span(g, span);
      }
      g.writeEndArray();
    }
  }

  /** Writes a span. */
  public static void span(JsonGenerator g, Span s) {
    g.writeStartObject();
    g.writeNumberProperty("start", s.start());
    g.writeNumberProperty("end", s.end());
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String name, @Nullable String value) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }

  private static void integer(JsonGenerator g, String name, @Nullable Integer value) {
    if (value != null) {
      g.writeNumberProperty(name, value.intValue());
    }
  }

  private static void instant(JsonGenerator g, String name, @Nullable Instant value) {
    if (value != null) {
      g.writeStringProperty(name, value.toString());
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    if (!values.isEmpty()) {
      g.writeArrayPropertyStart(name);
      for (String value : values) {
        g.writeString(value);
      }
      g.writeEndArray();
    }
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
