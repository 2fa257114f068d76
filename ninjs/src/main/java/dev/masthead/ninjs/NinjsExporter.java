package dev.masthead.ninjs;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Block;
import dev.masthead.model.Credit;
import dev.masthead.model.DigitalSourceType;
import dev.masthead.model.Rendition;
import dev.masthead.model.Rights;
import dev.masthead.model.Subject;
import dev.masthead.html.HtmlWriter;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.ListBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports Masthead articles as IPTC ninjs 3.1 items and reports what ninjs cannot carry.
 *
 * <pre>{@code
 * Converted<String> ninjs = NinjsExporter.standard().export(article);
 * }</pre>
 *
 * <p>The item has the article's {@code uri} (or {@code urn:masthead:article:ID} made from its id),
 * its headlines (roles {@code main}, {@code subheadline} and {@code kicker}), summary, an HTML body
 * (written by the html module) and a plain-text one, {@code by} from the authors, timestamps, status, language, {@code located} from the
 * dateline, and an association with renditions for the lead image ({@code leadimage}) and for each
 * image block ({@code image-1}, …). Every value dropped, changed or guessed is reported as a {@link
 * Loss} whose pointer addresses the article's wire form; the mapping is documented field by field
 * in {@code docs/ninjs.md}. Exported items validate against the official ninjs 3.1 schema.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NinjsExporter {
  /** The ninjs version written. */
  public static final String VERSION = "3.1";
  /** The schema the written items declare. */
  public static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json";
  /** The prefix of the uri made for an article that has none. */
  public static final String URI_PREFIX = "urn:masthead:article:";

  private static final NinjsExporter STANDARD = new NinjsExporter();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private NinjsExporter() {}

  /**
   * Returns the exporter.
   *
   * @return the standard exporter
   */
  public static NinjsExporter standard() {
    return STANDARD;
  }

  /**
   * Exports an article as a compact ninjs 3.1 document.
   *
   * @param article the article
   * @return the ninjs JSON text and what was lost; pointers address the article
   */
  public Converted<String> export(Article article) {
    Objects.requireNonNull(article, "article");
    Converted<ObjectNode> item = new Writer(article).write();
    return item.map(MAPPER::writeValueAsString);
  }

  /**
   * Exports an article as a ninjs 3.1 document in UTF-8.
   *
   * @param article the article
   * @return the ninjs JSON and what was lost; pointers address the article
   */
  public Converted<byte[]> exportBytes(Article article) {
    Objects.requireNonNull(article, "article");
    return new Writer(article).write().map(MAPPER::writeValueAsBytes);
  }

  /** Writes one article; mutable, one per call. */
  private static final class Writer {
    private final Article article;
    private final List<Loss> losses = new ArrayList<>();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    Writer(Article article) {
      this.article = article;
    }

    Converted<ObjectNode> write() {
      ObjectNode item = nodes.objectNode();
      item.put("uri", uri());
      ObjectNode standard = item.putObject("standard");
      standard.put("name", "ninjs");
      standard.put("version", VERSION);
      standard.put("schema", SCHEMA);
      item.put("type", "text");
      timestamps(item);
      item.put("pubStatus", switch (article.status()) {
        case PUBLISHED -> "usable";
        case DRAFT -> "withheld";
        case WITHDRAWN -> "canceled";
      });
      item.put("language", article.language());
      headlines(item);
      if (article.summary() != null) {
        ObjectNode description = item.putArray("descriptions").addObject();
        description.put("role", "summary");
        description.put("contentType", "text/plain");
        description.put("value", article.summary());
      }
      bodies(item);
      byline(item);
      if (article.dateline() != null) {
        item.put("located", article.dateline());
      }
      item.put("slugline", article.slug());
      if (!article.slug().equals(Slugs.slugFromUri(uri()))) {
        losses.add(Loss.changed("/slug", "written as the slugline; import makes the slug from the uri"));
      }
      if (article.canonicalUrl() != null) {
        ObjectNode altId = item.putArray("altIds").addObject();
        altId.put("role", "canonicalUrl");
        altId.put("value", url(article.canonicalUrl(), "/canonicalUrl"));
      }
      associations(item);
      if (!article.subjects().isEmpty()) {
        ArrayNode subjects = item.putArray("subjects");
        for (Subject subject : article.subjects()) {
          ObjectNode node = subjects.addObject();
          node.put("name", subject.name());
          if (subject.uri() != null) {
            node.put("uri", subject.uri());
          }
        }
      }
      rights(item, article.rights(), "/rights");
      digitalSourceType(item, article.digitalSourceType());
      emphasis();
      dropped();
      return Converted.of(item, losses);
    }

    private String uri() {
      return article.uri() != null ? article.uri() : URI_PREFIX + article.id();
    }

    private void timestamps(ObjectNode item) {
      Instant published = article.publishedAt();
      Instant updated = article.updatedAt();
      if (published != null) {
        item.put("firstCreated", published.toString());
        item.put("versionCreated", (updated != null ? updated : published).toString());
        if (updated == null) {
          losses.add(Loss.guessed("/publishedAt", "also written as versionCreated, which a version needs"));
        } else if (updated.equals(published)) {
          losses.add(Loss.dropped("/updatedAt", "equal to publishedAt: read back as a first version, not updated"));
        }
      } else if (updated != null) {
        item.put("versionCreated", updated.toString());
        losses.add(Loss.changed("/updatedAt", "written as versionCreated without firstCreated: read back as the publication time"));
        losses.add(Loss.guessed("/publishedAt", "absent; the updatedAt time is read back as the publication time"));
        Instant expires = article.expiresAt();
        if (expires != null && !expires.isAfter(updated)) {
          losses.add(Loss.dropped("/expiresAt", "read back, it is not after the publication time, so it is left out"));
        }
      }
      if (article.embargoedUntil() != null) {
        item.put("embargoedUntil", article.embargoedUntil().toString());
      }
      if (article.expiresAt() != null) {
        item.put("expires", article.expiresAt().toString());
      }
    }

    private void headlines(ObjectNode item) {
      ArrayNode headlines = item.putArray("headlines");
      headline(headlines, "main", article.headline());
      if (article.subheadline() != null) {
        headline(headlines, "subheadline", article.subheadline());
      }
      if (article.kicker() != null) {
        headline(headlines, "kicker", article.kicker());
      }
    }

    private static void headline(ArrayNode headlines, String role, String value) {
      ObjectNode headline = headlines.addObject();
      headline.put("role", role);
      headline.put("contentType", "text/plain");
      headline.put("value", value);
    }

    private void bodies(ObjectNode item) {
      List<Block> body = article.body();
      if (body.isEmpty()) {
        return;
      }
      Converted<String> html = HtmlWriter.standard().body(body);
      for (Loss loss : html.losses()) {
        losses.add(new Loss("/body" + loss.pointer(), loss.kind(), loss.detail()));
      }
      ArrayNode bodies = item.putArray("bodies");
      ObjectNode rich = bodies.addObject();
      rich.put("role", "html");
      rich.put("contentType", "text/html");
      rich.put("value", html.value());
      String text = plainText(body);
      if (!text.isEmpty()) {
        ObjectNode plain = bodies.addObject();
        plain.put("role", "text");
        plain.put("contentType", "text/plain");
        plain.put("value", text);
      }
    }

    /**
     * Returns the body as plain text, blocks separated by blank lines: lists one item a line,
     * quotes followed by their attribution after a dash, images by their caption, dividers nothing.
     */
    private static String plainText(List<Block> body) {
      StringBuilder text = new StringBuilder();
      for (Block block : body) {
        int mark = text.length();
        if (text.length() > 0) {
          text.append("\n\n");
        }
        int start = text.length();
        if (block instanceof Paragraph paragraph) {
          text.append(paragraph.text());
        } else if (block instanceof Heading heading) {
          text.append(heading.text());
        } else if (block instanceof Quote quote) {
          text.append(quote.text());
          if (quote.attribution() != null) {
            text.append(" \u2014 ").append(quote.attribution());
          }
        } else if (block instanceof ListBlock list) {
          int n = 1;
          for (String entry : list.items()) {
            text.append(n > 1 ? "\n" : "").append(list.ordered() ? n + ". " : "- ").append(entry);
            n++;
          }
        } else if (block instanceof ImageBlock image && image.image().caption() != null) {
          text.append(image.image().caption());
        }
        if (text.length() == start) {
          text.setLength(mark);
        }
      }
      return text.toString();
    }

    private void byline(ObjectNode item) {
      List<Author> authors = article.authors();
      if (authors.isEmpty()) {
        return;
      }
      List<String> names = new ArrayList<>();
      for (Author author : authors) {
        names.add(author.name());
      }
      String by = names.size() == 1 ? names.get(0)
          : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
      item.put("by", by);
      List<Bylines.Name> readBack = Bylines.split(by);
      boolean sameNames = readBack.size() == authors.size();
      for (int i = 0; sameNames && i < authors.size(); i++) {
        sameNames = readBack.get(i).name().equals(authors.get(i).name());
      }
      if (!sameNames) {
        losses.add(Loss.changed("/authors", "a name holds a separator or a leading \"by\" word: by reads back as "
            + readBack.size() + (readBack.size() == 1 ? " name" : " names")));
      }
      for (int i = 0; i < authors.size(); i++) {
        Author author = authors.get(i);
        String pointer = "/authors/" + i;
        if (sameNames && readBack.get(i).kind() != author.kind()) {
          losses.add(Loss.changed(pointer + "/kind", author.kind() == AuthorKind.ORGANIZATION
              ? "by does not say that a name is an organization; read back as a person"
              : "read back as an organization: the name reads as an agency"));
        }
        if (!author.slug().equals(Slugs.of(author.name()))) {
          losses.add(Loss.dropped(pointer + "/slug", "by has no slugs; import makes them from the names"));
        }
        droppedIf(author.bio() != null, pointer + "/bio", "by has only names");
        droppedIf(author.jobTitle() != null, pointer + "/jobTitle", "by has only names");
        droppedIf(author.articleCount() != null, pointer + "/articleCount", "by has only names");
        droppedIf(author.url() != null, pointer + "/url", "by has only names");
        droppedIf(author.avatarUrl() != null, pointer + "/avatarUrl", "by has only names");
        droppedIf(!author.sameAs().isEmpty(), pointer + "/sameAs", "by has only names");
        droppedIf(author.email() != null, pointer + "/email", "by has only names");
      }
    }

    private void associations(ObjectNode item) {
      ArrayNode associations = nodes.arrayNode();
      if (article.leadImage() != null) {
        association(associations, article.leadImage(), "leadimage", "/leadImage");
      }
      int n = 0;
      for (int i = 0; i < article.body().size(); i++) {
        if (article.body().get(i) instanceof ImageBlock block) {
          association(associations, block.image(), "image-" + (++n), "/body/" + i + "/image");
        }
      }
      if (!associations.isEmpty()) {
        item.set("associations", associations);
      }
    }

    private void association(ArrayNode associations, Image image, String name, String pointer) {
      if (image.url() == null) {
        losses.add(Loss.dropped(pointer, "an image without a url has no rendition in ninjs"));
        return;
      }
      ObjectNode association = associations.addObject();
      association.put("name", name);
      if (!name.equals("leadimage")) {
        association.put("rel", Associations.INLINE);
      }
      String href = url(image.url(), pointer + "/url");
      association.put("uri", href);
      association.put("type", "picture");
      if (image.altText() != null) {
        ObjectNode headline = association.putArray("headlines").addObject();
        headline.put("value", image.altText());
      }
      ArrayNode descriptions = nodes.arrayNode();
      if (image.caption() != null) {
        ObjectNode caption = descriptions.addObject();
        caption.put("role", "caption");
        caption.put("contentType", "text/plain");
        caption.put("value", image.caption());
      }
      Credit credit = image.credit();
      if (credit != null) {
        credit(association, descriptions, credit, pointer + "/credit");
      }
      if (!descriptions.isEmpty()) {
        association.set("descriptions", descriptions);
      }
      ArrayNode renditions = association.putArray("renditions");
      ObjectNode main = renditions.addObject();
      main.put("name", "main");
      main.put("href", href);
      if (image.width() != null) {
        main.put("width", image.width());
      }
      if (image.height() != null) {
        main.put("height", image.height());
      }
      for (int i = 0; i < image.renditions().size(); i++) {
        Rendition rendition = image.renditions().get(i);
        ObjectNode node = renditions.addObject();
        node.put("name", "r" + (i + 1));
        node.put("href", url(rendition.url(), pointer + "/renditions/" + i + "/url"));
        if (rendition.mediaType() != null) {
          node.put("contentType", rendition.mediaType());
        }
        if (rendition.width() != null) {
          node.put("width", rendition.width());
        }
        if (rendition.height() != null) {
          node.put("height", rendition.height());
        }
      }
      rights(association, image.rights(), pointer + "/rights");
      digitalSourceType(association, image.digitalSourceType());
      if (credit != null && credit.copyrightNotice() != null) {
        if (image.rights() == null || image.rights().copyrightNotice() == null) {
          association.put("copyrightNotice", credit.copyrightNotice());
          losses.add(Loss.changed(pointer + "/credit/copyrightNotice", "written as the picture's copyrightNotice, "
              + "read back as the image's rights"));
        } else {
          losses.add(Loss.dropped(pointer + "/credit/copyrightNotice",
              "a ninjs picture has one copyright notice, the image's rights'"));
        }
      }
    }

    private void credit(ObjectNode association, ArrayNode descriptions, Credit credit, String pointer) {
      String by = credit.name() != null && credit.organization() != null
          ? credit.name() + "/" + credit.organization()
          : credit.name() != null ? credit.name() : credit.organization();
      association.put("by", by);
      if (!credit.role().equals(Credit.PHOTO)) {
        losses.add(Loss.changed(pointer + "/role", "a picture's by reads back as a photo credit"));
      }
      List<Bylines.Name> readBack = Bylines.split(Objects.requireNonNull(by));
      String name = null;
      String organization = null;
      for (Bylines.Name part : readBack) {
        if (part.kind() == AuthorKind.PERSON && name == null) {
          name = part.name();
        } else if (part.kind() == AuthorKind.ORGANIZATION && organization == null) {
          organization = part.name();
        }
      }
      if (!Objects.equals(name, credit.name()) || !Objects.equals(organization, credit.organization())) {
        losses.add(Loss.changed(pointer, "by reads back as " + (name == null ? "no name" : "the name " + Texts.prefix(name))
            + " and " + (organization == null ? "no organization" : "the organization " + Texts.prefix(organization))));
      }
      if (credit.text() != null) {
        ObjectNode line = descriptions.addObject();
        line.put("role", "creditline");
        line.put("contentType", "text/plain");
        line.put("value", credit.text());
      }
      droppedIf(credit.license() != null, pointer + "/license", "a picture's credit has no license in ninjs");
    }

    private void rights(ObjectNode node, @Nullable Rights rights, String pointer) {
      if (rights == null) {
        return;
      }
      if (rights.copyrightHolder() != null) {
        node.put("copyrightHolder", rights.copyrightHolder());
      }
      if (rights.copyrightNotice() != null) {
        node.put("copyrightNotice", rights.copyrightNotice());
      }
      if (rights.usageTerms() != null) {
        node.put("usageTerms", rights.usageTerms());
      }
      if (rights.license() != null) {
        node.putObject("rightsInfo").put("linkedRights", url(rights.license(), pointer + "/license"));
      }
      droppedIf(rights.acquireLicensePage() != null, pointer + "/acquireLicensePage",
          "ninjs has no page to acquire a license");
    }

    private static void digitalSourceType(ObjectNode node, @Nullable DigitalSourceType type) {
      if (type != null) {
        node.putObject("digitalSourceType").put("uri", type.uri());
      }
    }

    /** The html body does not carry a paragraph's emphasis and strong spans. */
    private void emphasis() {
      for (int i = 0; i < article.body().size(); i++) {
        if (article.body().get(i) instanceof Paragraph paragraph) {
          droppedIf(!paragraph.emphasis().isEmpty(), "/body/" + i + "/emphasis", "the html body does not mark emphasis");
          droppedIf(!paragraph.strong().isEmpty(), "/body/" + i + "/strong", "the html body does not mark strong text");
        }
      }
    }

    private void dropped() {
      if (article.uri() == null) {
        losses.add(Loss.guessed("/uri", "absent; written as " + uri() + ", made from the id"));
      }
      losses.add(Loss.dropped("/id", "ninjs has no id; import makes one from the uri"));
      for (int i = 0; i < article.corrections().size(); i++) {
        losses.add(Loss.dropped("/corrections/" + i, "ninjs has no corrections"));
      }
      droppedIf(article.section() != null, "/section", "ninjs has no section");
      droppedIf(!article.tags().isEmpty(), "/tags", "ninjs has no free tags");
      for (int i = 0; i < article.credits().size(); i++) {
        losses.add(Loss.dropped("/credits/" + i, "ninjs has no credits besides by"));
      }
    }

    private void droppedIf(boolean present, String pointer, String why) {
      if (present) {
        losses.add(Loss.dropped(pointer, why));
      }
    }

    /** Returns the URL with non-ASCII characters percent-encoded, reporting a change. */
    private String url(String url, String pointer) {
      String encoded = Urls.encodeNonAscii(url);
      if (!encoded.equals(url)) {
        losses.add(Loss.changed(pointer, "non-ASCII characters were percent-encoded"));
      }
      return encoded;
    }
  }
}
