package dev.masthead.wire;

import static dev.masthead.wire.ProblemCodes.DUPLICATE_KEY;
import static dev.masthead.wire.ProblemCodes.INVALID_TIMESTAMP;
import static dev.masthead.wire.ProblemCodes.MISSING_PROPERTY;
import static dev.masthead.wire.ProblemCodes.NUMBER_OUT_OF_RANGE;
import static dev.masthead.wire.ProblemCodes.TOO_MANY_ELEMENTS;
import static dev.masthead.wire.ProblemCodes.UNKNOWN_BLOCK_TYPE;
import static dev.masthead.wire.ProblemCodes.UNKNOWN_VALUE;
import static dev.masthead.wire.ProblemCodes.WRONG_TYPE;

import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Block;
import dev.masthead.model.BlockType;
import dev.masthead.model.Correction;
import dev.masthead.model.Credit;
import dev.masthead.model.DigitalSourceType;
import dev.masthead.model.Divider;
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
import dev.masthead.model.TickerPriority;
import dev.masthead.model.UnknownBlock;
import dev.masthead.conversion.Loss;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Reads the wire format from a parser, one value at a time, without coercion: a string is read
 * only from a JSON string, an integer only from a JSON integer that fits. It builds values with
 * their canonical constructors and validates nothing: the caller decides at which level.
 *
 * <p>Each {@code read} method expects the parser at the value's first token ({@code START_OBJECT})
 * and leaves it at the value's last ({@code END_OBJECT}). A decoder is not thread-safe: use one per
 * document.
 */
public final class Decoder {
  private static final String KNOWN_BLOCK_TYPES = "paragraph, heading, quote, list, image, divider";

  private final TokenSource p;
  private final ReadOptions options;
  private final @Nullable List<String> unknown;
  /** The items of the last ticker read, in document order. */
  private @Nullable List<TickerItem> tickerItems;
  private @Nullable List<String> missing;
  /** What was dropped or changed, with pointers into the document, when unknown content is not refused. */
  private final List<Loss> losses;
  /** The pointer of the value this decoder reads, when it reads a copy of part of a document. */
  private final String base;
  /** The document index of each block of the last body read, when blocks were dropped from it. */
  private int @Nullable [] bodyIndexes;

  /**
   * Creates a decoder.
   *
   * @param source the tokens of the input
   * @param options the limits; in strict mode the decoder records every unknown property
   */
  public Decoder(TokenSource source, ReadOptions options) {
    this.p = source;
    this.options = options;
    this.unknown = options.strict() ? new ArrayList<>() : null;
    this.losses = new ArrayList<>();
    this.base = "";
  }

  /** A decoder of a block held back by {@code parent}, sharing its reports. */
  private Decoder(TokenSource source, Decoder parent, String base) {
    this.p = source;
    this.options = parent.options;
    this.unknown = parent.unknown;
    this.losses = parent.losses;
    this.base = base;
  }

  /**
   * Returns what was dropped or changed because it is unknown to this version, with pointers into
   * the document; empty when {@link ReadOptions#unknownContent()} refuses unknown content.
   *
   * @return the losses, in document order
   */
  public List<Loss> losses() {
    return losses;
  }

  /**
   * Returns the JSON Pointers of the unknown properties met, in strict mode; else empty.
   *
   * @return the pointers
   */
  public List<String> unknownProperties() {
    return unknown == null ? List.of() : unknown;
  }

  /**
   * Returns how to map a pointer into {@code value}, as a validator reports it, to the pointer into
   * the document it was read from. They differ for a ticker, which puts its items in display order:
   * {@code /items/0/url} of the ticker may be {@code /items/3/url} of the document.
   *
   * @param value the value this decoder read
   * @return the mapping
   */
  public UnaryOperator<String> documentPointers(Object value) {
    int[] kept = bodyIndexes;
    if (value instanceof Article && kept != null) {
      // Blocks were dropped: /body/2 of the article may be /body/3 of the document.
      return pointer -> {
        String prefix = "/body/";
        if (!pointer.startsWith(prefix)) {
          return pointer;
        }
        int end = pointer.indexOf('/', prefix.length());
        end = end < 0 ? pointer.length() : end;
        try {
          int index = Integer.parseInt(pointer.substring(prefix.length(), end));
          return index >= 0 && index < kept.length ? prefix + kept[index] + pointer.substring(end) : pointer;
        } catch (NumberFormatException e) {
          return pointer;
        }
      };
    }
    List<TickerItem> documentOrder = tickerItems;
    if (!(value instanceof Ticker) || documentOrder == null) {
      return UnaryOperator.identity();
    }
    List<TickerItem> displayOrder = ((Ticker) value).items();
    return pointer -> {
      String prefix = "/items/";
      if (!pointer.startsWith(prefix)) {
        return pointer;
      }
      int end = pointer.indexOf('/', prefix.length());
      end = end < 0 ? pointer.length() : end;
      int index;
      try {
        index = Integer.parseInt(pointer.substring(prefix.length(), end));
      } catch (NumberFormatException e) {
        return pointer;
      }
      if (index < 0 || index >= displayOrder.size()) {
        return pointer;
      }
      // The ticker holds the very instances read, so identity finds each item's place in the document.
      TickerItem item = displayOrder.get(index);
      for (int i = 0; i < documentOrder.size(); i++) {
        if (documentOrder.get(i) == item) {
          return prefix + i + pointer.substring(end);
        }
      }
      return pointer;
    };
  }

  /**
   * Reads an article.
   *
   * @return the value read
   */
  public Article readArticle() {
    expectObject("an article");
    String id = null;
    String slug = null;
    String kicker = null;
    String headline = null;
    String subheadline = null;
    String summary = null;
    List<Block> body = null;
    List<Author> authors = null;
    List<Credit> credits = null;
    Image leadImage = null;
    String section = null;
    List<String> tags = null;
    String language = null;
    String dateline = null;
    ArticleStatus status = null;
    Instant publishedAt = null;
    Instant updatedAt = null;
    Instant embargoedUntil = null;
    Instant expiresAt = null;
    String canonicalUrl = null;
    String uri = null;
    List<Subject> subjects = null;
    Rights rights = null;
    DigitalSourceType digitalSourceType = null;
    List<Correction> corrections = null;
    int seen = 0;
    Set<String> others = null;
    String name;
    while ((name = p.nextName()) != null) {
      int bit;
      switch (name) {
        case "id": bit = 1; id = string(); break;
        case "slug": bit = 1 << 1; slug = string(); break;
        case "kicker": bit = 1 << 2; kicker = string(); break;
        case "headline": bit = 1 << 3; headline = string(); break;
        case "subheadline": bit = 1 << 4; subheadline = string(); break;
        case "summary": bit = 1 << 5; summary = string(); break;
        case "body": bit = 1 << 6; body = body(); break;
        case "authors": bit = 1 << 7; authors = objects(options.maxAuthors(), Decoder::readAuthor); break;
        case "credits": bit = 1 << 8; credits = objects(options.maxElements(), Decoder::readCredit); break;
        case "leadImage": bit = 1 << 9; leadImage = nextIsNull() ? null : readImage(); break;
        case "section": bit = 1 << 10; section = string(); break;
        case "tags": bit = 1 << 11; tags = strings(options.maxTags()); break;
        case "language": bit = 1 << 12; language = string(); break;
        case "dateline": bit = 1 << 13; dateline = string(); break;
        case "status": bit = 1 << 14; status = status(); break;
        case "publishedAt": bit = 1 << 15; publishedAt = instant(); break;
        case "updatedAt": bit = 1 << 16; updatedAt = instant(); break;
        case "embargoedUntil": bit = 1 << 17; embargoedUntil = instant(); break;
        case "expiresAt": bit = 1 << 18; expiresAt = instant(); break;
        case "canonicalUrl": bit = 1 << 19; canonicalUrl = string(); break;
        case "uri": bit = 1 << 20; uri = string(); break;
        case "subjects": bit = 1 << 21; subjects = objects(options.maxElements(), Decoder::readSubject); break;
        case "rights": bit = 1 << 22; rights = nextIsNull() ? null : readRights(); break;
        case "digitalSourceType": bit = 1 << 23; digitalSourceType = digitalSourceType(); break;
        case "corrections": bit = 1 << 24; corrections = objects(options.maxElements(), Decoder::readCorrection); break;
        default: others = skipUnknown(others, name, seen); continue;
      }
      seen = mark(seen, bit, name);
    }
    return new Article(present(id, "id"), present(slug, "slug"), kicker, present(headline, "headline"), subheadline,
        summary, body, authors, credits, leadImage, section, tags, present(language, "language"), dateline, status, publishedAt, updatedAt, embargoedUntil,
        expiresAt, canonicalUrl, uri, subjects, rights, digitalSourceType, corrections);
  }

  /**
   * Reads the blocks of a body. Refusing unknown content, any unknown block is an error; keeping
   * it, each is an {@link UnknownBlock}; dropping it, each is left out and reported, and the
   * document index of every block kept is remembered for {@link #documentPointers(Object)}.
   */
  private List<Block> body() {
    if (options.unknownContent() != UnknownContent.DROP) {
      return objects(options.maxBlocks(), Decoder::readBlock);
    }
    if (!startArray()) {
      return List.of();
    }
    List<Block> blocks = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    int index = 0;
    while (nextElement(index, options.maxBlocks())) {
      String at = pointer();
      Block block = readBlock();
      if (block instanceof UnknownBlock) {
        losses.add(Loss.dropped(at, "block of unknown type " + Quoting.prefix(((UnknownBlock) block).wireType())
            + " dropped"));
      } else {
        blocks.add(block);
        indexes.add(index);
      }
      index++;
    }
    if (blocks.size() < index) {
      bodyIndexes = indexes.stream().mapToInt(Integer::intValue).toArray();
    }
    return blocks;
  }

  /**
   * Reads a body block of any kind.
   *
   * @return the value read
   */
  public Block readBlock() {
    expectObject("a block");
    if (options.unknownContent() != UnknownContent.REFUSE && base.isEmpty()) {
      return readBlockOfAnyType();
    }
    String type = null;
    String text = null;
    List<Link> links = null;
    Integer level = null;
    String attribution = null;
    Boolean ordered = null;
    List<String> items = null;
    Image image = null;
    List<Span> emphasis = null;
    List<Span> strong = null;
    int seen = 0;
    Set<String> others = null;
    String name;
    while ((name = p.nextName()) != null) {
      int bit;
      switch (name) {
        case "type": bit = 1; type = blockType(); break;
        case "text": bit = 1 << 1; text = string(); break;
        case "links": bit = 1 << 2; links = objects(options.maxElements(), Decoder::readLink); break;
        case "level": bit = 1 << 3; level = integer(); break;
        case "attribution": bit = 1 << 4; attribution = string(); break;
        case "ordered": bit = 1 << 5; ordered = bool(); break;
        case "items": bit = 1 << 6; items = strings(options.maxElements()); break;
        case "image": bit = 1 << 7; image = nextIsNull() ? null : readImage(); break;
        case "emphasis": bit = 1 << 8; emphasis = objects(options.maxElements(), Decoder::readSpan); break;
        case "strong": bit = 1 << 9; strong = objects(options.maxElements(), Decoder::readSpan); break;
        default: others = skipUnknown(others, name, seen); continue;
      }
      seen = mark(seen, bit, name);
    }
    if (type == null) {
      throw problem(UNKNOWN_BLOCK_TYPE, pointer() + "/type",
          "block type is missing; expected one of " + KNOWN_BLOCK_TYPES);
    }
    Block block;
    int allowed;
    switch (type) {
      case "paragraph":
        block = new Paragraph(present(text, "text"), links, emphasis, strong);
        allowed = 1 | 1 << 1 | 1 << 2 | 1 << 8 | 1 << 9;
        break;
      case "heading":
        block = new Heading(required(level, "level"), present(text, "text"));
        allowed = 1 | 1 << 1 | 1 << 3;
        break;
      case "quote":
        block = new Quote(present(text, "text"), attribution);
        allowed = 1 | 1 << 1 | 1 << 4;
        break;
      case "list":
        block = new ListBlock(ordered != null && ordered, items);
        allowed = 1 | 1 << 5 | 1 << 6;
        break;
      case "image":
        block = new ImageBlock(image != null ? image : missingImage());
        allowed = 1 | 1 << 7;
        break;
      default:
        block = Divider.of();
        allowed = 1;
        break;
    }
    if (unknown != null && (seen & ~allowed) != 0) {
      // Properties of other block kinds are unknown to this one.
      String[] names = {"type", "text", "links", "level", "attribution", "ordered", "items", "image", "emphasis",
          "strong"};
      String base = pointer();
      for (int bit = 0; bit < names.length; bit++) {
        if ((seen & ~allowed & (1 << bit)) != 0) {
          unknown.add(base + "/" + names[bit]);
        }
      }
    }
    return block;
  }

  /**
   * Reads a block that may be of a type this version does not know. The block is copied first, with
   * the checks that skipping unknown content applies, because its {@code type} may come after the
   * properties that depend on it. A block of an unknown type becomes an {@link UnknownBlock} holding
   * the copy; any other is read from the copy as usual, with pointers and positions in the document.
   */
  private Block readBlockOfAnyType() {
    int line = p.line();
    int column = p.column();
    String at = pointer();
    Opaque.Copy copy = Opaque.copy(p, options.maxElements(), this::duplicate, () -> tooMany(options.maxElements()));
    String type = copy.type();
    if (type != null && !isKnownBlockType(type)) {
      return new UnknownBlock(type, copy.json());
    }
    TokenSource again = p.open(copy.json());
    again.nextToken();
    try {
      return new Decoder(again, this, at).readBlock();
    } catch (WireProblem problem) {
      // Located where the block starts in the input, not in the copy.
      throw new WireProblem(problem.code(), problem.pointer(), problem.detail(), line, column);
    }
  }

  private static boolean isKnownBlockType(String type) {
    switch (type) {
      case "paragraph":
      case "heading":
      case "quote":
      case "list":
      case "image":
      case "divider":
        return true;
      default:
        return false;
    }
  }

  /**
   * Reads a body block that must be of one kind, for a value declared as that kind, such as a
   * {@link Heading}.
   *
   * @param <T> the kind
   * @param kind the block kind
   * @return the block
   */
  public <T extends Block> T readBlock(Class<T> kind) {
    Block block = readBlock();
    if (!kind.isInstance(block)) {
      // At END_OBJECT the source's pointer names the block.
      throw problem(UNKNOWN_BLOCK_TYPE, p.pointer() + "/type",
          "block type must be " + wireName(kind) + ", not " + block.type().wireName());
    }
    return kind.cast(block);
  }

  private static String wireName(Class<? extends Block> kind) {
    if (kind == Paragraph.class) {
      return BlockType.PARAGRAPH.wireName();
    } else if (kind == Heading.class) {
      return BlockType.HEADING.wireName();
    } else if (kind == Quote.class) {
      return BlockType.QUOTE.wireName();
    } else if (kind == ListBlock.class) {
      return BlockType.LIST.wireName();
    } else if (kind == ImageBlock.class) {
      return BlockType.IMAGE.wireName();
    }
    return BlockType.DIVIDER.wireName();
  }

  /**
   * Reads an author.
   *
   * @return the value read
   */
  public Author readAuthor() {
    expectObject("an author");
    String name = null;
    String slug = null;
    AuthorKind kind = null;
    String bio = null;
    String jobTitle = null;
    Integer articleCount = null;
    String url = null;
    String avatarUrl = null;
    List<String> sameAs = null;
    String email = null;
    int seen = 0;
    Set<String> others = null;
    String property;
    while ((property = p.nextName()) != null) {
      int bit;
      switch (property) {
        case "name": bit = 1; name = string(); break;
        case "slug": bit = 1 << 1; slug = string(); break;
        case "kind": bit = 1 << 2; kind = kind(); break;
        case "bio": bit = 1 << 3; bio = string(); break;
        case "jobTitle": bit = 1 << 4; jobTitle = string(); break;
        case "articleCount": bit = 1 << 5; articleCount = integer(); break;
        case "url": bit = 1 << 6; url = string(); break;
        case "avatarUrl": bit = 1 << 7; avatarUrl = string(); break;
        case "sameAs": bit = 1 << 8; sameAs = strings(options.maxElements()); break;
        case "email": bit = 1 << 9; email = string(); break;
        default: others = skipUnknown(others, property, seen); continue;
      }
      seen = mark(seen, bit, property);
    }
    return new Author(present(name, "name"), present(slug, "slug"), kind, bio, jobTitle, articleCount, url, avatarUrl, sameAs, email);
  }

  /**
   * Reads a credit.
   *
   * @return the value read
   */
  public Credit readCredit() {
    expectObject("a credit");
    String role = null;
    String name = null;
    String organization = null;
    String text = null;
    String copyrightNotice = null;
    String license = null;
    int seen = 0;
    Set<String> others = null;
    String property;
    while ((property = p.nextName()) != null) {
      int bit;
      switch (property) {
        case "role": bit = 1; role = string(); break;
        case "name": bit = 1 << 1; name = string(); break;
        case "organization": bit = 1 << 2; organization = string(); break;
        case "text": bit = 1 << 3; text = string(); break;
        case "copyrightNotice": bit = 1 << 4; copyrightNotice = string(); break;
        case "license": bit = 1 << 5; license = string(); break;
        default: others = skipUnknown(others, property, seen); continue;
      }
      seen = mark(seen, bit, property);
    }
    return new Credit(present(role, "role"), name, organization, text, copyrightNotice, license);
  }

  /**
   * Reads an image.
   *
   * @return the value read
   */
  public Image readImage() {
    expectObject("an image");
    String url = null;
    String altText = null;
    String caption = null;
    Integer width = null;
    Integer height = null;
    Credit credit = null;
    List<Rendition> renditions = null;
    Rights rights = null;
    DigitalSourceType digitalSourceType = null;
    int seen = 0;
    Set<String> others = null;
    String property;
    while ((property = p.nextName()) != null) {
      int bit;
      switch (property) {
        case "url": bit = 1; url = string(); break;
        case "altText": bit = 1 << 1; altText = string(); break;
        case "caption": bit = 1 << 2; caption = string(); break;
        case "width": bit = 1 << 3; width = integer(); break;
        case "height": bit = 1 << 4; height = integer(); break;
        case "credit": bit = 1 << 5; credit = nextIsNull() ? null : readCredit(); break;
        case "renditions": bit = 1 << 6; renditions = objects(options.maxElements(), Decoder::readRendition); break;
        case "rights": bit = 1 << 7; rights = nextIsNull() ? null : readRights(); break;
        case "digitalSourceType": bit = 1 << 8; digitalSourceType = digitalSourceType(); break;
        default: others = skipUnknown(others, property, seen); continue;
      }
      seen = mark(seen, bit, property);
    }
    return new Image(url, altText, caption, width, height, credit, renditions, rights, digitalSourceType);
  }

  /**
   * Reads a rendition of an image.
   *
   * @return the value read
   */
  public Rendition readRendition() {
    expectObject("a rendition");
    String url = null;
    Integer width = null;
    Integer height = null;
    String mediaType = null;
    int seen = 0;
    Set<String> others = null;
    String property;
    while ((property = p.nextName()) != null) {
      int bit;
      switch (property) {
        case "url": bit = 1; url = string(); break;
        case "width": bit = 1 << 1; width = integer(); break;
        case "height": bit = 1 << 2; height = integer(); break;
        case "mediaType": bit = 1 << 3; mediaType = string(); break;
        default: others = skipUnknown(others, property, seen); continue;
      }
      seen = mark(seen, bit, property);
    }
    return new Rendition(url, width, height, mediaType);
  }

  /**
   * Reads a rights statement.
   *
   * @return the value read
   */
  public Rights readRights() {
    expectObject("a rights statement");
    String copyrightHolder = null;
    String copyrightNotice = null;
    String usageTerms = null;
    String license = null;
    String acquireLicensePage = null;
    int seen = 0;
    Set<String> others = null;
    String property;
    while ((property = p.nextName()) != null) {
      int bit;
      switch (property) {
        case "copyrightHolder": bit = 1; copyrightHolder = string(); break;
        case "copyrightNotice": bit = 1 << 1; copyrightNotice = string(); break;
        case "usageTerms": bit = 1 << 2; usageTerms = string(); break;
        case "license": bit = 1 << 3; license = string(); break;
        case "acquireLicensePage": bit = 1 << 4; acquireLicensePage = string(); break;
        default: others = skipUnknown(others, property, seen); continue;
      }
      seen = mark(seen, bit, property);
    }
    return new Rights(copyrightHolder, copyrightNotice, usageTerms, license, acquireLicensePage);
  }

  /**
   * Reads a subject.
   *
   * @return the value read
   */
  public Subject readSubject() {
    expectObject("a subject");
    String name = null;
    String uri = null;
    int seen = 0;
    Set<String> others = null;
    String property;
    while ((property = p.nextName()) != null) {
      int bit;
      switch (property) {
        case "name": bit = 1; name = string(); break;
        case "uri": bit = 1 << 1; uri = string(); break;
        default: others = skipUnknown(others, property, seen); continue;
      }
      seen = mark(seen, bit, property);
    }
    return new Subject(present(name, "name"), uri);
  }

  /**
   * Reads a correction.
   *
   * @return the value read
   */
  public Correction readCorrection() {
    expectObject("a correction");
    String text = null;
    Instant publishedAt = null;
    int seen = 0;
    Set<String> others = null;
    String property;
    while ((property = p.nextName()) != null) {
      int bit;
      switch (property) {
        case "text": bit = 1; text = string(); break;
        case "publishedAt": bit = 1 << 1; publishedAt = instant(); break;
        default: others = skipUnknown(others, property, seen); continue;
      }
      seen = mark(seen, bit, property);
    }
    return new Correction(present(text, "text"), present(publishedAt, "publishedAt"));
  }

  /**
   * Reads an emphasis or strong span.
   *
   * @return the value read
   */
  public Span readSpan() {
    expectObject("a span");
    Integer start = null;
    Integer end = null;
    int seen = 0;
    Set<String> others = null;
    String property;
    while ((property = p.nextName()) != null) {
      int bit;
      switch (property) {
        case "start": bit = 1; start = integer(); break;
        case "end": bit = 1 << 1; end = integer(); break;
        default: others = skipUnknown(others, property, seen); continue;
      }
      seen = mark(seen, bit, property);
    }
    return new Span(required(start, "start"), required(end, "end"));
  }

  /**
   * Reads a digital source type, which is a string on the wire, for a value declared as one.
   *
   * @return the value read
   */
  public DigitalSourceType readDigitalSourceType() {
    Token token = p.currentToken();
    if (token != Token.VALUE_STRING) {
      throw wrongType("a digital source type (a string)", token);
    }
    return new DigitalSourceType(p.string());
  }

  private @Nullable DigitalSourceType digitalSourceType() {
    String uri = string();
    return uri == null ? null : new DigitalSourceType(uri);
  }

  /**
   * Reads a link.
   *
   * @return the value read
   */
  public Link readLink() {
    expectObject("a link");
    Integer start = null;
    Integer end = null;
    String href = null;
    int seen = 0;
    Set<String> others = null;
    String property;
    while ((property = p.nextName()) != null) {
      int bit;
      switch (property) {
        case "start": bit = 1; start = integer(); break;
        case "end": bit = 1 << 1; end = integer(); break;
        case "href": bit = 1 << 2; href = string(); break;
        default: others = skipUnknown(others, property, seen); continue;
      }
      seen = mark(seen, bit, property);
    }
    return new Link(required(start, "start"), required(end, "end"), present(href, "href"));
  }

  /**
   * Reads a ticker.
   *
   * @return the value read
   */
  public Ticker readTicker() {
    expectObject("a ticker");
    String id = null;
    String label = null;
    List<TickerItem> items = null;
    Instant updatedAt = null;
    int seen = 0;
    Set<String> others = null;
    String property;
    while ((property = p.nextName()) != null) {
      int bit;
      switch (property) {
        case "id": bit = 1; id = string(); break;
        case "label": bit = 1 << 1; label = string(); break;
        case "items": bit = 1 << 2; items = objects(options.maxTickerItems(), Decoder::readTickerItem); break;
        case "updatedAt": bit = 1 << 3; updatedAt = instant(); break;
        default: others = skipUnknown(others, property, seen); continue;
      }
      seen = mark(seen, bit, property);
    }
    tickerItems = items;
    return new Ticker(present(id, "id"), present(label, "label"), items, updatedAt);
  }

  /**
   * Reads a ticker item.
   *
   * @return the value read
   */
  public TickerItem readTickerItem() {
    expectObject("a ticker item");
    String id = null;
    String headline = null;
    String url = null;
    String articleId = null;
    TickerPriority priority = null;
    Instant publishedAt = null;
    Instant expiresAt = null;
    int seen = 0;
    Set<String> others = null;
    String property;
    while ((property = p.nextName()) != null) {
      int bit;
      switch (property) {
        case "id": bit = 1; id = string(); break;
        case "headline": bit = 1 << 1; headline = string(); break;
        case "url": bit = 1 << 2; url = string(); break;
        case "articleId": bit = 1 << 3; articleId = string(); break;
        case "priority": bit = 1 << 4; priority = priority(); break;
        case "publishedAt": bit = 1 << 5; publishedAt = instant(); break;
        case "expiresAt": bit = 1 << 6; expiresAt = instant(); break;
        default: others = skipUnknown(others, property, seen); continue;
      }
      seen = mark(seen, bit, property);
    }
    return new TickerItem(present(id, "id"), present(headline, "headline"), url, articleId, priority,
        present(publishedAt, "publishedAt"), expiresAt);
  }

  /** Reads an array of objects, each with {@code read}, failing past {@code max} elements. */
  private <T> List<T> objects(int max, Function<Decoder, T> read) {
    if (!startArray()) {
      return List.of();
    }
    List<T> values = new ArrayList<>();
    while (nextElement(values.size(), max)) {
      values.add(read.apply(this));
    }
    return values;
  }

  private List<String> strings(int max) {
    if (!startArray()) {
      return List.of();
    }
    List<String> strings = new ArrayList<>();
    Token token;
    while ((token = p.nextToken()) != Token.END_ARRAY) {
      if (strings.size() >= max) {
        throw tooMany(max);
      }
      if (token != Token.VALUE_STRING) {
        throw wrongType("a string", token);
      }
      strings.add(p.string());
    }
    return strings;
  }

  /** Moves to the next value: true at the start of an array, false at null. */
  private boolean startArray() {
    Token token = p.nextToken();
    if (token == Token.START_ARRAY) {
      return true;
    }
    if (token == Token.VALUE_NULL) {
      return false;
    }
    throw wrongType("an array", token);
  }

  /** Moves to the next element of an array: true at an object, false at the array's end. */
  private boolean nextElement(int count, int max) {
    Token token = p.nextToken();
    if (token == Token.END_ARRAY) {
      return false;
    }
    if (count >= max) {
      throw tooMany(max);
    }
    if (token != Token.START_OBJECT) {
      throw wrongType("an object", token);
    }
    return true;
  }

  /** Moves to the next value: true when it is null, false when it is anything else. */
  private boolean nextIsNull() {
    return p.nextToken() == Token.VALUE_NULL;
  }

  private void expectObject(String what) {
    Token token = p.currentToken();
    if (token != Token.START_OBJECT) {
      throw wrongType(what + " (an object)", token);
    }
  }

  private @Nullable String string() {
    Token token = p.nextToken();
    if (token == Token.VALUE_STRING) {
      return p.string();
    }
    if (token == Token.VALUE_NULL) {
      return null;
    }
    throw wrongType("a string", token);
  }

  private @Nullable Integer integer() {
    Token token = p.nextToken();
    if (token == Token.VALUE_NUMBER_INT) {
      if (!p.isInt()) {
        throw problem(NUMBER_OUT_OF_RANGE, pointer(), "must be an integer from -2147483648 to 2147483647");
      }
      return p.intValue();
    }
    if (token == Token.VALUE_NULL) {
      return null;
    }
    throw wrongType("an integer", token);
  }

  private @Nullable Boolean bool() {
    Token token = p.nextToken();
    if (token == Token.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (token == Token.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    if (token == Token.VALUE_NULL) {
      return null;
    }
    throw wrongType("true or false", token);
  }

  private @Nullable Instant instant() {
    String text = string();
    if (text == null) {
      return null;
    }
    Instant instant = Rfc3339.parse(text);
    if (instant == null) {
      throw problem(INVALID_TIMESTAMP, pointer(),
          "must be an RFC 3339 date-time with an offset, such as 2024-05-01T10:00:00Z");
    }
    return instant;
  }

  private @Nullable ArticleStatus status() {
    String text = string();
    if (text == null) {
      return null;
    }
    switch (text) {
      case "draft": return ArticleStatus.DRAFT;
      case "published": return ArticleStatus.PUBLISHED;
      case "withdrawn": return ArticleStatus.WITHDRAWN;
      default:
        // Never published: a status this version does not know may mean the article must not be shown.
        return unknownValue("draft, published, withdrawn", text, "draft", ArticleStatus.DRAFT);
    }
  }

  private @Nullable AuthorKind kind() {
    String text = string();
    if (text == null) {
      return null;
    }
    switch (text) {
      case "person": return AuthorKind.PERSON;
      case "organization": return AuthorKind.ORGANIZATION;
      default: return unknownValue("person, organization", text, "person", AuthorKind.PERSON);
    }
  }

  private @Nullable TickerPriority priority() {
    String text = string();
    if (text == null) {
      return null;
    }
    switch (text) {
      case "breaking": return TickerPriority.BREAKING;
      case "urgent": return TickerPriority.URGENT;
      case "normal": return TickerPriority.NORMAL;
      default: return unknownValue("breaking, urgent, normal", text, "normal", TickerPriority.NORMAL);
    }
  }

  private String blockType() {
    String text = string();
    if (text == null) {
      throw problem(UNKNOWN_BLOCK_TYPE, pointer(), "block type is missing; expected one of " + KNOWN_BLOCK_TYPES);
    }
    switch (text) {
      case "paragraph":
      case "heading":
      case "quote":
      case "list":
      case "image":
      case "divider":
        return text;
      default:
        // The type names a kind from a closed set; it is never used to look up a class.
        throw problem(UNKNOWN_BLOCK_TYPE, pointer(), "unknown block type; expected one of " + KNOWN_BLOCK_TYPES);
    }
  }

  /**
   * Returns the JSON Pointers of the required properties that were missing (or null), in document
   * order. The value read holds a stand-in for each, which the caller must not hand out: it reports
   * them all, with every other problem of the document, and returns nothing.
   *
   * @return the pointers
   */
  public List<String> missingProperties() {
    return missing == null ? List.of() : missing;
  }

  /** Returns a required text, or records it as missing and returns a stand-in. */
  private String present(@Nullable String value, String property) {
    if (value != null) {
      return value;
    }
    missing(property);
    return "";
  }

  /** Returns a required time, or records it as missing and returns a stand-in before any other. */
  private Instant present(@Nullable Instant value, String property) {
    if (value != null) {
      return value;
    }
    missing(property);
    return Instant.MIN;
  }

  private Image missingImage() {
    missing("image");
    return new Image(null, null, null, null, null, null);
  }

  private void missing(String property) {
    if (missing == null) {
      missing = new ArrayList<>(2);
    }
    missing.add(pointer() + "/" + property);
  }

  private int required(@Nullable Integer value, String property) {
    if (value == null) {
      throw problem(MISSING_PROPERTY, pointer() + "/" + property, property + " is required");
    }
    return value;
  }

  private int mark(int seen, int bit, String name) {
    if ((seen & bit) != 0) {
      throw duplicate(name);
    }
    return seen | bit;
  }

  /** Skips an unknown property's value, checking it as strictly as known content. */
  private Set<String> skipUnknown(@Nullable Set<String> others, String name, int seen) {
    Set<String> names = others == null ? new HashSet<>() : others;
    if (!names.add(name)) {
      throw duplicate(name);
    }
    if (names.size() + Integer.bitCount(seen) > options.maxElements()) {
      throw tooMany(options.maxElements());
    }
    if (unknown != null) {
      unknown.add(pointer());
    }
    skip(p.nextToken());
    return names;
  }

  private void skip(Token token) {
    if (token == Token.START_OBJECT) {
      Set<String> names = new HashSet<>();
      String name;
      while ((name = p.nextName()) != null) {
        if (!names.add(name)) {
          throw duplicate(name);
        }
        if (names.size() > options.maxElements()) {
          throw tooMany(options.maxElements());
        }
        skip(p.nextToken());
      }
    } else if (token == Token.START_ARRAY) {
      int count = 0;
      Token element;
      while ((element = p.nextToken()) != Token.END_ARRAY) {
        if (++count > options.maxElements()) {
          throw tooMany(options.maxElements());
        }
        skip(element);
      }
    } else if (token == Token.VALUE_STRING) {
      // The parser skips an unread string without measuring it; reading it applies the length limit.
      p.string();
    }
  }

  /** Returns the JSON Pointer of the current value. */
  private String pointer() {
    String pointer = p.pointer();
    return base.isEmpty() ? pointer : base + pointer;
  }

  private WireProblem problem(String code, String pointer, String detail) {
    return new WireProblem(code, pointer, detail, p.line(), p.column());
  }

  private WireProblem wrongType(String expected, @Nullable Token token) {
    return problem(WRONG_TYPE, pointer(), "must be " + expected + ", not " + describe(token));
  }

  private WireProblem unknownValue(String expected) {
    return problem(UNKNOWN_VALUE, pointer(), "must be one of " + expected);
  }

  /** Refuses an unknown value, or reads it as {@code fallback} and reports the change. */
  private <T> T unknownValue(String expected, String value, String fallbackName, T fallback) {
    if (options.unknownContent() == UnknownContent.REFUSE) {
      throw unknownValue(expected);
    }
    losses.add(Loss.changed(pointer(), "unknown value " + Quoting.prefix(value) + " read as " + fallbackName));
    return fallback;
  }

  private WireProblem duplicate(String name) {
    return problem(DUPLICATE_KEY, pointer(), "duplicate key " + Quoting.prefix(name));
  }

  private WireProblem tooMany(int max) {
    return problem(TOO_MANY_ELEMENTS, pointer(), "must have at most " + max + " elements");
  }

  private static String describe(@Nullable Token token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT: return "an object";
      case START_ARRAY: return "an array";
      case VALUE_STRING: return "a string";
      case VALUE_NUMBER_INT: return "an integer";
      case VALUE_NUMBER_FLOAT: return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE: return "a boolean";
      case VALUE_NULL: return "null";
      default: return token.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Returns the way to read a value of {@code type} from where it starts: one table, next to the
   * methods it calls, of the types the wire format reads on their own, for every reader and
   * codec. The function is one small class rather than a lambda per type, so that a fresh JVM
   * spins no class for it.
   *
   * @param <T> the type
   * @param type a Masthead type: an article, a ticker or one of their parts, or a block kind
   * @return the function, which calls the matching {@code read} method
   * @throws IllegalArgumentException if the wire format does not read {@code type} on its own
   */
  public static <T> Function<Decoder, T> reader(Class<T> type) {
    return new Root<>(type);
  }

  /**
   * The types the wire format reads and writes on their own, for a codec to register a reader and
   * a writer for each: the article, the ticker and their parts, {@link Block} among them.
   */
  public static final List<Class<?>> ROOT_TYPES = Root.TYPES;

  /**
   * The kinds of block, for a codec to register a reader for each as well, so that a property
   * declared as one kind is read as that kind (and refused as another) rather than by the JSON
   * library's own record handling.
   */
  public static final List<Class<? extends Block>> BLOCK_KINDS =
      List.of(Paragraph.class, Heading.class, Quote.class, ListBlock.class, ImageBlock.class, Divider.class);

  /** Reads a value of one type from where it starts; see {@link #reader(Class)}. */
  private static final class Root<T> implements Function<Decoder, T> {
    private static final List<Class<?>> TYPES = List.of(
        Article.class, Ticker.class, TickerItem.class, Author.class, Credit.class, Image.class,
        Block.class, Link.class, Rendition.class, Rights.class, Subject.class, Correction.class,
        Span.class, DigitalSourceType.class);
    /** The {@code kind} of a block kind other than {@link Block} itself. */
    private static final int BLOCK_KIND = TYPES.size();

    private final Class<T> type;
    private final int kind;

    Root(Class<T> type) {
      this.type = type;
      int index = TYPES.indexOf(type);
      if (index >= 0) {
        kind = index;
      } else if (Block.class.isAssignableFrom(type)) {
        kind = BLOCK_KIND;
      } else {
        throw new IllegalArgumentException("type must be a Masthead type, not " + type.getName());
      }
    }

    @Override
    public T apply(Decoder decoder) {
      Object value;
      switch (kind) {
        case 0: value = decoder.readArticle(); break;
        case 1: value = decoder.readTicker(); break;
        case 2: value = decoder.readTickerItem(); break;
        case 3: value = decoder.readAuthor(); break;
        case 4: value = decoder.readCredit(); break;
        case 5: value = decoder.readImage(); break;
        case 6: value = decoder.readBlock(); break;
        case 7: value = decoder.readLink(); break;
        case 8: value = decoder.readRendition(); break;
        case 9: value = decoder.readRights(); break;
        case 10: value = decoder.readSubject(); break;
        case 11: value = decoder.readCorrection(); break;
        case 12: value = decoder.readSpan(); break;
        case 13: value = decoder.readDigitalSourceType(); break;
        default: value = decoder.readBlock(type.asSubclass(Block.class)); break;
      }
      return type.cast(value);
    }

    @Override
    public String toString() {
      return "Decoder.reader(" + type.getSimpleName() + ")";
    }
  }
}
