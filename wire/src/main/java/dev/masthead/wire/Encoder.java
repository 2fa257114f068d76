package dev.masthead.wire;

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

/**
 * Writes the wire format: properties in component order, absent values and empty lists omitted,
 * enums in lower case, timestamps as {@link Instant#toString()} (UTC, {@code Z}).
 */
public final class Encoder {
  private Encoder() {}

  /**
   * Writes any Masthead value.
   *
   * @param g the sink
   * @param value the value
   */
  public static void write(TokenSink g, Object value) {
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
      g.startObject();
      rightsParts(g, (Rights) value);
      g.endObject();
    } else if (value instanceof Subject) {
      subject(g, (Subject) value);
    } else if (value instanceof Correction) {
      correction(g, (Correction) value);
    } else if (value instanceof Span) {
      span(g, (Span) value);
    } else if (value instanceof DigitalSourceType) {
      g.string(((DigitalSourceType) value).uri());
    } else {
      throw new IllegalArgumentException("not a Masthead type: " + value.getClass().getName());
    }
  }

  /**
   * Writes an article.
   *
   * @param g the sink
   * @param a the value
   */
  public static void article(TokenSink g, Article a) {
    g.startObject();
    string(g, "id", a.id());
    string(g, "slug", a.slug());
    string(g, "kicker", a.kicker());
    string(g, "headline", a.headline());
    string(g, "subheadline", a.subheadline());
    string(g, "summary", a.summary());
    if (!a.body().isEmpty()) {
      g.name("body");
      g.startArray();
      for (Block block : a.body()) {
        block(g, block);
      }
      g.endArray();
    }
    if (!a.authors().isEmpty()) {
      g.name("authors");
      g.startArray();
      for (Author author : a.authors()) {
        author(g, author);
      }
      g.endArray();
    }
    if (!a.credits().isEmpty()) {
      g.name("credits");
      g.startArray();
      for (Credit credit : a.credits()) {
        credit(g, credit);
      }
      g.endArray();
    }
    if (a.leadImage() != null) {
      g.name("leadImage");
      image(g, a.leadImage());
    }
    string(g, "section", a.section());
    strings(g, "tags", a.tags());
    string(g, "language", a.language());
    string(g, "dateline", a.dateline());
    g.name("status");
    g.string(lower(a.status()));
    instant(g, "publishedAt", a.publishedAt());
    instant(g, "updatedAt", a.updatedAt());
    instant(g, "embargoedUntil", a.embargoedUntil());
    instant(g, "expiresAt", a.expiresAt());
    string(g, "canonicalUrl", a.canonicalUrl());
    string(g, "uri", a.uri());
    if (!a.subjects().isEmpty()) {
      g.name("subjects");
      g.startArray();
      for (Subject subject : a.subjects()) {
        subject(g, subject);
      }
      g.endArray();
    }
    rights(g, a.rights());
    digitalSourceType(g, a.digitalSourceType());
    if (!a.corrections().isEmpty()) {
      g.name("corrections");
      g.startArray();
      for (Correction correction : a.corrections()) {
        correction(g, correction);
      }
      g.endArray();
    }
    g.endObject();
  }

  /**
   * Writes a block, its {@code type} first; an unknown block as it was read.
   *
   * @param g the sink
   * @param block the value
   */
  public static void block(TokenSink g, Block block) {
    if (block instanceof UnknownBlock) {
      g.rawValue(((UnknownBlock) block).json());
      return;
    }
    g.startObject();
    g.name("type");
    g.string(block.type().wireName());
    switch (block.type()) {
      case PARAGRAPH:
        Paragraph paragraph = (Paragraph) block;
        string(g, "text", paragraph.text());
        if (!paragraph.links().isEmpty()) {
          g.name("links");
          g.startArray();
          for (Link link : paragraph.links()) {
            link(g, link);
          }
          g.endArray();
        }
        spans(g, "emphasis", paragraph.emphasis());
        spans(g, "strong", paragraph.strong());
        break;
      case HEADING:
        Heading heading = (Heading) block;
        g.name("level");
        g.number(heading.level());
        string(g, "text", heading.text());
        break;
      case QUOTE:
        Quote quote = (Quote) block;
        string(g, "text", quote.text());
        string(g, "attribution", quote.attribution());
        break;
      case LIST:
        ListBlock list = (ListBlock) block;
        g.name("ordered");
        g.bool(list.ordered());
        strings(g, "items", list.items());
        break;
      case IMAGE:
        Image image = ((ImageBlock) block).image();
        if (image != null) {
          g.name("image");
          image(g, image);
        }
        break;
      case DIVIDER:
      case UNKNOWN:
        break;
    }
    g.endObject();
  }

  /**
   * Writes an author.
   *
   * @param g the sink
   * @param a the value
   */
  public static void author(TokenSink g, Author a) {
    g.startObject();
    string(g, "name", a.name());
    string(g, "slug", a.slug());
    g.name("kind");
    g.string(lower(a.kind()));
    string(g, "bio", a.bio());
    string(g, "jobTitle", a.jobTitle());
    integer(g, "articleCount", a.articleCount());
    string(g, "url", a.url());
    string(g, "avatarUrl", a.avatarUrl());
    strings(g, "sameAs", a.sameAs());
    string(g, "email", a.email());
    g.endObject();
  }

  /**
   * Writes a credit.
   *
   * @param g the sink
   * @param c the value
   */
  public static void credit(TokenSink g, Credit c) {
    g.startObject();
    string(g, "role", c.role());
    string(g, "name", c.name());
    string(g, "organization", c.organization());
    string(g, "text", c.text());
    string(g, "copyrightNotice", c.copyrightNotice());
    string(g, "license", c.license());
    g.endObject();
  }

  /**
   * Writes an image.
   *
   * @param g the sink
   * @param i the value
   */
  public static void image(TokenSink g, Image i) {
    g.startObject();
    string(g, "url", i.url());
    string(g, "altText", i.altText());
    string(g, "caption", i.caption());
    integer(g, "width", i.width());
    integer(g, "height", i.height());
    if (i.credit() != null) {
      g.name("credit");
      credit(g, i.credit());
    }
    if (!i.renditions().isEmpty()) {
      g.name("renditions");
      g.startArray();
      for (Rendition rendition : i.renditions()) {
        rendition(g, rendition);
      }
      g.endArray();
    }
    rights(g, i.rights());
    digitalSourceType(g, i.digitalSourceType());
    g.endObject();
  }

  /**
   * Writes a link.
   *
   * @param g the sink
   * @param l the value
   */
  public static void link(TokenSink g, Link l) {
    g.startObject();
    g.name("start");
    g.number(l.start());
    g.name("end");
    g.number(l.end());
    string(g, "href", l.href());
    g.endObject();
  }

  /**
   * Writes a ticker.
   *
   * @param g the sink
   * @param t the value
   */
  public static void ticker(TokenSink g, Ticker t) {
    g.startObject();
    string(g, "id", t.id());
    string(g, "label", t.label());
    if (!t.items().isEmpty()) {
      g.name("items");
      g.startArray();
      for (TickerItem item : t.items()) {
        tickerItem(g, item);
      }
      g.endArray();
    }
    instant(g, "updatedAt", t.updatedAt());
    g.endObject();
  }

  /**
   * Writes a ticker item.
   *
   * @param g the sink
   * @param t the value
   */
  public static void tickerItem(TokenSink g, TickerItem t) {
    g.startObject();
    string(g, "id", t.id());
    string(g, "headline", t.headline());
    string(g, "url", t.url());
    string(g, "articleId", t.articleId());
    g.name("priority");
    g.string(lower(t.priority()));
    instant(g, "publishedAt", t.publishedAt());
    instant(g, "expiresAt", t.expiresAt());
    g.endObject();
  }

  /**
   * Writes a rendition.
   *
   * @param g the sink
   * @param r the value
   */
  public static void rendition(TokenSink g, Rendition r) {
    g.startObject();
    string(g, "url", r.url());
    integer(g, "width", r.width());
    integer(g, "height", r.height());
    string(g, "mediaType", r.mediaType());
    g.endObject();
  }

  /**
   * Writes a subject.
   *
   * @param g the sink
   * @param s the value
   */
  public static void subject(TokenSink g, Subject s) {
    g.startObject();
    string(g, "name", s.name());
    string(g, "uri", s.uri());
    g.endObject();
  }

  /**
   * Writes a correction.
   *
   * @param g the sink
   * @param c the value
   */
  public static void correction(TokenSink g, Correction c) {
    g.startObject();
    string(g, "text", c.text());
    instant(g, "publishedAt", c.publishedAt());
    g.endObject();
  }

  private static void rights(TokenSink g, @Nullable Rights r) {
    if (r == null) {
      return;
    }
    g.name("rights");
    g.startObject();
    rightsParts(g, r);
    g.endObject();
  }

  private static void rightsParts(TokenSink g, Rights r) {
    string(g, "copyrightHolder", r.copyrightHolder());
    string(g, "copyrightNotice", r.copyrightNotice());
    string(g, "usageTerms", r.usageTerms());
    string(g, "license", r.license());
    string(g, "acquireLicensePage", r.acquireLicensePage());
  }

  private static void digitalSourceType(TokenSink g, @Nullable DigitalSourceType type) {
    if (type != null) {
      g.name("digitalSourceType");
      g.string(type.uri());
    }
  }

  private static void spans(TokenSink g, String name, List<Span> spans) {
    if (!spans.isEmpty()) {
      g.name(name);
      g.startArray();
      for (Span span : spans) {
        span(g, span);
      }
      g.endArray();
    }
  }

  /**
   * Writes a span.
   *
   * @param g the sink
   * @param s the value
   */
  public static void span(TokenSink g, Span s) {
    g.startObject();
    g.name("start");
    g.number(s.start());
    g.name("end");
    g.number(s.end());
    g.endObject();
  }

  private static void string(TokenSink g, String name, @Nullable String value) {
    if (value != null) {
      g.name(name);
      g.string(value);
    }
  }

  private static void integer(TokenSink g, String name, @Nullable Integer value) {
    if (value != null) {
      g.name(name);
      g.number(value.intValue());
    }
  }

  private static void instant(TokenSink g, String name, @Nullable Instant value) {
    if (value != null) {
      g.name(name);
      g.string(value.toString());
    }
  }

  private static void strings(TokenSink g, String name, List<String> values) {
    if (!values.isEmpty()) {
      g.name(name);
      g.startArray();
      for (String value : values) {
        g.string(value);
      }
      g.endArray();
    }
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
