package dev.masthead.ninjs;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Block;
import dev.masthead.model.DigitalSourceType;
import dev.masthead.model.Rights;
import dev.masthead.model.Subject;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one ninjs item into an article, collecting a loss for every value it drops, changes or
 * guesses. Pointers address the ninjs input. One reader per item: mutable and not thread-safe.
 */
final class ItemReader {
  /** The most paragraphs and images an imported body holds, the model's limit. */
  private static final int MAX_BLOCKS = 2_000;
  private static final int MAX_AUTHORS = 50;
  private static final int MAX_PARAGRAPH = 20_000;

  /** The lower-case property names of ninjs 1.x and 2.x that 3.0 renamed. */
  private static final Map<String, String> OLD_NAMES = Map.ofEntries(
      Map.entry("versioncreated", "versionCreated"), Map.entry("firstcreated", "firstCreated"),
      Map.entry("pubstatus", "pubStatus"), Map.entry("copyrightholder", "copyrightHolder"),
      Map.entry("copyrightnotice", "copyrightNotice"), Map.entry("usageterms", "usageTerms"),
      Map.entry("ednote", "edNote"), Map.entry("embargoed", "embargoedUntil"),
      Map.entry("contentcreated", "contentCreated"), Map.entry("body_text", "bodies"),
      Map.entry("body_html", "bodies"), Map.entry("body_xhtml", "bodies"),
      Map.entry("description_text", "descriptions"), Map.entry("description_html", "descriptions"),
      Map.entry("headline", "headlines"), Map.entry("altids", "altIds"),
      Map.entry("infosources", "infoSources"), Map.entry("trustindicators", "trustIndicators"),
      Map.entry("representationtype", "representationType"));

  /** Properties with no place in an article, and why. */
  private static final Map<String, String> DROPPED = Map.ofEntries(
      Map.entry("representationType", "the representation type has no place in an article"),
      Map.entry("profile", "the provider's profile has no place in an article"),
      Map.entry("version", "the version has no place in an article; the id stays the same for every version"),
      Map.entry("standard", "the standard statement has no place in an article"),
      Map.entry("genres", "genres have no place in an article"),
      Map.entry("people", "people have no place in an article"),
      Map.entry("organisations", "organisations have no place in an article"),
      Map.entry("places", "places have no place in an article"),
      Map.entry("events", "events have no place in an article"),
      Map.entry("objects", "objects have no place in an article"),
      Map.entry("infoSources", "information sources have no place in an article"),
      Map.entry("trustIndicators", "trust indicators have no place in an article"),
      Map.entry("edNote", "the editorial note is for the receiving editor, not the article"),
      Map.entry("urgency", "urgency has no place in an article"),
      Map.entry("contentCreated", "the content creation time has no place in an article"),
      Map.entry("renditions", "renditions of a text item have no place in an article"),
      Map.entry("slugline", "the slugline has no place in an article; the slug is made from the uri"),
      Map.entry("altIds", "alternative ids have no place in an article"),
      Map.entry("eventDetails", "event details have no place in an article"),
      Map.entry("plannedCoverage", "planned coverage has no place in an article"));

  private static final Set<String> SUB_ROLES = Set.of("sub", "subhead", "subheadline", "subtitle", "deck");
  private static final Set<String> KICKER_ROLES = Set.of("kicker", "overline", "supertitle");
  private static final Set<String> SUMMARY_ROLES =
      Set.of("summary", "text", "lead", "abstract", "description", "teaser", "");

  private final SafeJson.Document document;
  private final JsonNode item;
  private final String base;
  private final String defaultLanguage;
  private final List<Loss> losses = new ArrayList<>();
  private final Set<String> handled = new HashSet<>();

  /** The article being built, field by field, with the pointer each field came from. */
  private final Map<String, String> sources = new LinkedHashMap<>();
  private String id = "";
  private String slug = "";
  private @Nullable String kicker;
  private String headline = "";
  private @Nullable String subheadline;
  private @Nullable String summary;
  private final List<Block> body = new ArrayList<>();
  private final List<String> bodySources = new ArrayList<>();
  private final List<Author> authors = new ArrayList<>();
  private final List<String> authorSources = new ArrayList<>();
  private @Nullable Image leadImage;
  private String language = "";
  private @Nullable String dateline;
  private ArticleStatus status = ArticleStatus.PUBLISHED;
  private @Nullable Instant publishedAt;
  private @Nullable Instant updatedAt;
  private @Nullable Instant embargoedUntil;
  private @Nullable Instant expiresAt;
  private @Nullable String canonicalUrl;
  private @Nullable String uri;
  private final List<Subject> subjects = new ArrayList<>();
  private final List<String> subjectSources = new ArrayList<>();
  private @Nullable Rights rights;
  private @Nullable DigitalSourceType digitalSourceType;

  ItemReader(SafeJson.Document document, JsonNode item, String base, String defaultLanguage) {
    this.document = document;
    this.item = item;
    this.base = base;
    this.defaultLanguage = defaultLanguage;
  }

  Converted<Article> read() {
    if (!item.isObject()) {
      throw document.wrongType(base, "an object (a ninjs item)");
    }
    checkVersion();
    String type = checkType();
    String itemUri = requiredString("uri");
    identify(itemUri);
    headlines();
    descriptions();
    bodies();
    byline();
    associations();
    language();
    timestamps();
    status();
    located();
    altIds();
    subjects();
    rights = rights(item, base, this, "article");
    if (rights != null) {
      sources.put("rights", base);
    }
    digitalSourceType = digitalSourceType(item, base, this);
    sources.put("digitalSourceType", at("digitalSourceType"));
    rest(type);
    return new Converted<>(build(), sortedLosses());
  }

  // ---------------------------------------------------------------- version and type

  private void checkVersion() {
    for (Map.Entry<String, JsonNode> entry : item.properties()) {
      String renamed = OLD_NAMES.get(entry.getKey());
      if (renamed != null) {
        throw new NinjsImportException(NinjsImportException.UNSUPPORTED_VERSION, at(entry.getKey()), typeOf(),
            "ninjs 2.x is not supported: " + entry.getKey() + " is the 2.x name of " + renamed
                + "; only ninjs 3.0 and 3.1 import");
      }
    }
    JsonNode standard = item.get("standard");
    if (standard != null && standard.isObject() && standard.path("name").asString("").equalsIgnoreCase("ninjs")
        && standard.path("version").asString("").startsWith("3")) {
      // A statement that the document is ninjs 3.x: read, and nothing of the content is lost.
      handled.add("standard");
    }
    if (standard != null && standard.isObject() && standard.path("version").isString()) {
      String version = standard.path("version").asString();
      if (version.startsWith("1") || version.startsWith("2")) {
        throw new NinjsImportException(NinjsImportException.UNSUPPORTED_VERSION, at("standard") + "/version",
            typeOf(), "ninjs " + (version.startsWith("1") ? "1.x" : "2.x")
                + " is not supported: only ninjs 3.0 and 3.1 import");
      }
    }
  }

  private String typeOf() {
    JsonNode type = item.get("type");
    return type != null && type.isString() ? type.asString() : "";
  }

  private String checkType() {
    String type = optionalString("type");
    handled.add("type");
    if (type == null) {
      if (item.has("eventDetails")) {
        throw unsupported("event", at("eventDetails"), "an item with eventDetails is an event");
      }
      if (item.has("plannedCoverage")) {
        throw unsupported("planning", at("plannedCoverage"), "an item with plannedCoverage is a planning item");
      }
      return "text";
    }
    if (type.equals("text") || type.equals("composite")) {
      return type;
    }
    throw unsupported(type, at("type"), null);
  }

  private NinjsImportException unsupported(String type, String pointer, @Nullable String why) {
    return new NinjsImportException(NinjsImportException.UNSUPPORTED_TYPE, pointer, type,
        "ninjs type " + Texts.prefix(type).replace("\"", "") + " is not supported: "
            + (why == null ? "" : why + "; ") + "only text and composite items import as articles");
  }

  // ---------------------------------------------------------------- id, slug, uri

  private void identify(String itemUri) {
    id = Slugs.idFromUri(itemUri);
    slug = Slugs.slugFromUri(itemUri);
    uri = itemUri;
    sources.put("uri", at("uri"));
    losses.add(Loss.guessed(at("uri"), "id " + id + " and slug " + slug + " made from the uri, the same for every version"));
    sources.put("id", at("uri"));
    sources.put("slug", at("uri"));
  }

  // ---------------------------------------------------------------- headlines and descriptions

  private void headlines() {
    JsonNode headlines = optionalArray("headlines");
    int main = -1;
    int sub = -1;
    int kickerIndex = -1;
    int fallback = -1;
    if (headlines != null) {
      for (int i = 0; i < headlines.size(); i++) {
        String pointer = at("headlines") + "/" + i;
        JsonNode entry = object(headlines.get(i), pointer);
        String role = string(entry, "role", pointer);
        string(entry, "contentType", pointer);
        if (string(entry, "value", pointer) == null) {
          continue;
        }
        String key = role == null ? "" : role.toLowerCase(Locale.ROOT);
        if (key.equals("main") && main < 0) {
          main = i;
        } else if (SUB_ROLES.contains(key)) {
          sub = sub < 0 ? i : sub;
        } else if (KICKER_ROLES.contains(key)) {
          kickerIndex = kickerIndex < 0 ? i : kickerIndex;
        } else if (fallback < 0 && !key.equals("main")) {
          fallback = i;
        }
      }
      if (main < 0 && fallback >= 0) {
        main = fallback;
        String role = headlines.get(main).path("role").asString("");
        losses.add(Loss.guessed(at("headlines") + "/" + main, role.isEmpty()
            ? "a headline without a role read as the main headline"
            : "the headline of role " + Texts.prefix(role) + " read as the main headline: the item has no main one"));
      }
      for (int i = 0; i < headlines.size(); i++) {
        String pointer = at("headlines") + "/" + i;
        String value = headlines.get(i).path("value").asString(null);
        if (value == null) {
          losses.add(Loss.dropped(pointer, "a headline without a value"));
        } else if (i == main) {
          String clean = text(pointer + "/value", value, 300, "headline");
          if (clean != null) {
            headline = clean;
            sources.put("headline", pointer + "/value");
          }
        } else if (i == sub) {
          subheadline = text(pointer + "/value", value, 500, "subheadline");
          sources.put("subheadline", pointer + "/value");
        } else if (i == kickerIndex) {
          kicker = text(pointer + "/value", value, 100, "kicker");
          sources.put("kicker", pointer + "/value");
        } else {
          losses.add(Loss.dropped(pointer, "an article has one headline of each role: main, sub and kicker"));
        }
      }
    }
    handled.add("title");
    if (!headline.isEmpty()) {
      droppedIfPresent("title", "the title is kept only when the item has no headline");
      return;
    }
    String title = optionalString("title");
    if (title != null) {
      String value = text(at("title"), title, 300, "headline");
      if (value != null) {
        headline = value;
        sources.put("headline", at("title"));
        losses.add(Loss.changed(at("title"), "the title became the headline: the item has no headline"));
        return;
      }
    }
    throw new NinjsImportException(NinjsImportException.NO_HEADLINE, at("headlines"), typeOf(),
        "the item has no headline and no title: an article needs a headline");
  }

  private void descriptions() {
    JsonNode descriptions = optionalArray("descriptions");
    if (descriptions == null) {
      return;
    }
    for (int i = 0; i < descriptions.size(); i++) {
      String pointer = at("descriptions") + "/" + i;
      JsonNode description = object(descriptions.get(i), pointer);
      String value = string(description, "value", pointer);
      String role = string(description, "role", pointer);
      String contentType = string(description, "contentType", pointer);
      String key = role == null ? "" : role.toLowerCase(Locale.ROOT);
      if (value == null) {
        losses.add(Loss.dropped(pointer, "a description without a value"));
      } else if (summary != null) {
        losses.add(Loss.dropped(pointer, "an article has one summary; an earlier description became it"));
      } else if (!SUMMARY_ROLES.contains(key)) {
        losses.add(Loss.dropped(pointer, "a description of role " + Texts.prefix(key) + " has no place in an article"));
      } else if (Bodies.family(contentType, value) != Bodies.Family.TEXT) {
        losses.add(Loss.dropped(pointer, "a description that is not plain text has no place in the summary"));
      } else {
        summary = text(pointer + "/value", value, 1_000, "summary");
        sources.put("summary", pointer + "/value");
      }
    }
  }

  // ---------------------------------------------------------------- bodies

  private void bodies() {
    JsonNode bodies = optionalArray("bodies");
    if (bodies == null) {
      return;
    }
    List<Bodies.Family> families = new ArrayList<>();
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      String pointer = at("bodies") + "/" + i;
      JsonNode entry = object(bodies.get(i), pointer);
      String value = string(entry, "value", pointer);
      String contentType = string(entry, "contentType", pointer);
      families.add(value == null ? Bodies.Family.OTHER : Bodies.family(contentType, value));
      if (families.get(i).rank() > 0) {
        candidates.add(i);
      }
    }
    // HTML before plain text, in document order within a family.
    candidates.sort((a, b) -> families.get(b).rank() - families.get(a).rank());
    int chosen = -1;
    for (int candidate : candidates) {
      String pointer = at("bodies") + "/" + candidate;
      JsonNode entry = bodies.get(candidate);
      String value = entry.get("value").asString();
      Converted<List<Block>> blocks = families.get(candidate) == Bodies.Family.HTML
          ? Bodies.html(value, pointer + "/value", losses)
          : Bodies.plain(value, pointer + "/value", MAX_PARAGRAPH);
      if (blocks == null) {
        continue;
      }
      chosen = candidate;
      if (string(entry, "contentType", pointer) == null) {
        losses.add(Loss.guessed(pointer, "a body without a content type read as "
            + (families.get(candidate) == Bodies.Family.HTML ? "html: it starts with a tag" : "plain text")));
      }
      losses.addAll(blocks.losses());
      for (Block block : blocks.value()) {
        addBlock(block, pointer + "/value");
      }
      break;
    }
    for (int i = 0; i < bodies.size(); i++) {
      if (i == chosen) {
        continue;
      }
      String pointer = at("bodies") + "/" + i;
      losses.add(Loss.dropped(pointer, switch (families.get(i)) {
        case XML -> "NITF and other XML bodies are not read";
        case OTHER -> "a body of this content type is not read";
        default -> chosen >= 0 ? "another body of the item was imported (html before plain text)"
            : "the body could not be read";
      }));
    }
  }

  private void addBlock(Block block, String pointer) {
    if (body.size() >= MAX_BLOCKS) {
      losses.add(Loss.dropped(pointer, "the body has more than " + MAX_BLOCKS + " blocks; the rest is left out"));
      return;
    }
    body.add(block);
    bodySources.add(pointer);
  }

  // ---------------------------------------------------------------- by

  private void byline() {
    String by = optionalString("by");
    handled.add("by");
    if (by == null) {
      return;
    }
    List<Bylines.Name> names = Bylines.split(by);
    Set<String> slugs = new HashSet<>();
    int index = 0;
    for (Bylines.Name name : names) {
      if (authors.size() >= MAX_AUTHORS) {
        losses.add(Loss.dropped(at("by"), "more than " + MAX_AUTHORS + " names; the rest is left out"));
        break;
      }
      String clean = Texts.singleLine(name.name(), 200);
      if (clean == null) {
        continue;
      }
      String authorSlug = uniqueSlug(Slugs.of(clean), "author-" + (++index), slugs);
      try {
        authors.add(Author.builder(clean, authorSlug).kind(name.kind()).build());
        authorSources.add(at("by"));
      } catch (InvalidContentException e) {
        losses.add(Loss.dropped(at("by"), "the name " + Texts.prefix(clean) + " is not a valid author: "
            + e.violations().get(0).message()));
      }
    }
    boolean verbatim = authors.size() == 1 && authors.get(0).name().equals(by)
        && authors.get(0).kind() == AuthorKind.PERSON;
    if (!verbatim) {
      losses.add(Loss.changed(at("by"), "split into " + authors.size() + (authors.size() == 1 ? " author" : " authors")
          + " (" + describe(authors) + "); the original was " + Texts.prefix(by)));
    }
  }

  private static String describe(List<Author> authors) {
    List<String> parts = new ArrayList<>();
    for (Author author : authors) {
      parts.add(author.name() + (author.kind() == AuthorKind.ORGANIZATION ? " as an organization" : ""));
    }
    String text = String.join("; ", parts);
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  static String uniqueSlug(String slug, String fallback, Set<String> taken) {
    String base = slug.isEmpty() ? fallback : slug;
    String candidate = base;
    for (int n = 2; !taken.add(candidate); n++) {
      String suffix = "-" + n;
      candidate = (base.length() + suffix.length() > Slugs.MAX ? base.substring(0, Slugs.MAX - suffix.length()) : base) + suffix;
    }
    return candidate;
  }

  // ---------------------------------------------------------------- associations

  private void associations() {
    JsonNode associations = optionalArray("associations");
    if (associations == null) {
      return;
    }
    List<Associations.Picture> pictures = new ArrayList<>();
    for (int i = 0; i < associations.size(); i++) {
      String pointer = at("associations") + "/" + i;
      JsonNode association = object(associations.get(i), pointer);
      Associations.Picture picture = Associations.picture(association, pointer, this);
      if (picture != null) {
        pictures.add(picture);
      }
    }
    Map<String, Integer> inBody = new LinkedHashMap<>();
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i) instanceof ImageBlock image && image.image().url() != null) {
        inBody.putIfAbsent(Urls.key(image.image().url()), i);
      }
    }
    List<Associations.Picture> separate = new ArrayList<>();
    for (Associations.Picture picture : pictures) {
      Integer index = picture.hrefs().stream().map(Urls::key).map(inBody::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
      if (index == null) {
        separate.add(picture);
      } else if (!body.get(index).equals(ImageBlock.of(picture.image()))) {
        // The html body shows the picture (often a thumbnail); the association describes it fully.
        body.set(index, ImageBlock.of(picture.image()));
        losses.add(Loss.changed(picture.pointer(), "the picture is image block " + index
            + " of the html body; its largest rendition, caption and credit replace what the html said"));
      }
    }
    pictures = separate;
    Associations.Picture lead = Associations.lead(pictures);
    for (Associations.Picture picture : pictures) {
      if (picture == lead) {
        leadImage = picture.image();
        sources.put("leadImage", picture.pointer());
      } else {
        losses.add(Loss.changed(picture.pointer(), "a further picture became an image block at the end of the body"));
        addBlock(ImageBlock.of(picture.image()), picture.pointer());
      }
    }
  }

  // ---------------------------------------------------------------- language, times, status

  private void language() {
    String value = optionalString("language");
    handled.add("language");
    if (value == null) {
      language = defaultLanguage;
      sources.put("language", at("language"));
      losses.add(Loss.guessed(at("language"), "the item has no language; the default " + defaultLanguage + " was used"));
      return;
    }
    language = value.strip();
    sources.put("language", at("language"));
  }

  private void timestamps() {
    Instant first = instant("firstCreated");
    Instant version = instant("versionCreated");
    if (first != null) {
      publishedAt = first;
      sources.put("publishedAt", at("firstCreated"));
      // A first version's versionCreated equals its firstCreated: it has not been updated.
      if (version != null && !version.equals(first)) {
        updatedAt = version;
        sources.put("updatedAt", at("versionCreated"));
      }
    } else if (version != null) {
      publishedAt = version;
      sources.put("publishedAt", at("versionCreated"));
      losses.add(Loss.changed(at("versionCreated"), "read as the publication time: the item has no firstCreated"));
    }
    embargoedUntil = instant("embargoedUntil");
    sources.put("embargoedUntil", at("embargoedUntil"));
    expiresAt = instant("expires");
    sources.put("expiresAt", at("expires"));
  }

  private @Nullable Instant instant(String name) {
    String value = optionalString(name);
    handled.add(name);
    if (value == null) {
      return null;
    }
    Instant instant = parseInstant(value);
    if (instant == null) {
      losses.add(Loss.dropped(at(name), "not an RFC 3339 date-time with an offset"));
    }
    return instant;
  }

  static @Nullable Instant parseInstant(String value) {
    try {
      return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private void status() {
    String value = optionalString("pubStatus");
    handled.add("pubStatus");
    if (value == null) {
      return;
    }
    switch (value) {
      case "usable" -> status = ArticleStatus.PUBLISHED;
      case "withheld" -> status = ArticleStatus.DRAFT;
      case "canceled" -> status = ArticleStatus.WITHDRAWN;
      default -> losses.add(Loss.dropped(at("pubStatus"), "not usable, withheld or canceled; read as usable"));
    }
    if (value.equals("withheld")) {
      losses.add(Loss.changed(at("pubStatus"), "withheld read as draft: the article must not be used until released"));
    }
  }

  private void located() {
    String value = optionalString("located");
    handled.add("located");
    if (value != null) {
      dateline = text(at("located"), value, 200, "dateline");
      sources.put("dateline", at("located"));
    }
  }

  private void altIds() {
    JsonNode altIds = optionalArray("altIds");
    if (altIds == null) {
      return;
    }
    for (int i = 0; i < altIds.size(); i++) {
      String pointer = at("altIds") + "/" + i;
      JsonNode altId = object(altIds.get(i), pointer);
      String role = string(altId, "role", pointer);
      String value = string(altId, "value", pointer);
      if ("canonicalUrl".equals(role) && value != null && canonicalUrl == null && Urls.isHttpUrl(value)) {
        canonicalUrl = value;
        sources.put("canonicalUrl", pointer + "/value");
      } else {
        losses.add(Loss.dropped(pointer, "alternative ids other than a canonicalUrl have no place in an article"));
      }
    }
  }

  private void subjects() {
    JsonNode array = optionalArray("subjects");
    if (array == null) {
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      String pointer = at("subjects") + "/" + i;
      JsonNode subject = object(array.get(i), pointer);
      String name = string(subject, "name", pointer);
      String literal = string(subject, "literal", pointer);
      String subjectUri = string(subject, "uri", pointer);
      if (subjects.size() >= 100) {
        losses.add(Loss.dropped(pointer, "an article has at most 100 subjects"));
        continue;
      }
      String clean = null;
      if (name != null) {
        clean = text(pointer + "/name", name, 200, "subject name");
      } else if (literal != null) {
        clean = text(pointer + "/literal", literal, 200, "subject name");
        losses.add(Loss.changed(pointer + "/literal", "the literal became the name: the subject has none"));
      }
      if (clean == null) {
        losses.add(Loss.dropped(pointer, "a subject without a name or literal"));
        continue;
      }
      if (subjectUri != null && !Urls.isGlobalUri(subjectUri)) {
        losses.add(Loss.dropped(pointer + "/uri", "not an absolute urn:, http or https uri"));
        subjectUri = null;
      }
      for (Map.Entry<String, JsonNode> entry : subject.properties()) {
        String key = entry.getKey();
        if (!key.equals("name") && !key.equals("uri") && !(key.equals("literal") && name == null)) {
          losses.add(Loss.dropped(pointer + "/" + Pointers.escape(key), "a subject keeps only its name and uri"));
        }
      }
      try {
        subjects.add(Subject.of(clean, subjectUri));
        subjectSources.add(pointer);
      } catch (InvalidContentException e) {
        losses.add(Loss.dropped(pointer, "a subject that is not valid: " + e.violations().get(0).message()));
      }
    }
  }

  /** Reads copyrightHolder, copyrightNotice, usageTerms and rightsInfo of an item or association. */
  static @Nullable Rights rights(JsonNode object, String pointer, ItemReader reader, String what) {
    String holder = reader.rightsText(object, pointer, "copyrightHolder", 200);
    String notice = reader.rightsText(object, pointer, "copyrightNotice", 1_000);
    String terms = reader.rightsText(object, pointer, "usageTerms", 2_000);
    String license = null;
    JsonNode info = object.get("rightsInfo");
    if (info != null && !info.isNull()) {
      String at = pointer + "/rightsInfo";
      reader.object(info, at);
      String linked = reader.string(info, "linkedRights", at);
      if (linked != null) {
        license = Urls.httpUrl(linked);
        if (license == null) {
          reader.loss(Loss.dropped(at + "/linkedRights", "not an absolute http(s) URL"));
        }
      }
      for (Map.Entry<String, JsonNode> entry : info.properties()) {
        if (!entry.getKey().equals("linkedRights")) {
          reader.loss(Loss.dropped(at + "/" + Pointers.escape(entry.getKey()), entry.getKey().equals("encodedRights")
              ? "a rights expression is not read; only a link to the rights (linkedRights) is kept"
              : "the rights language has no place in the " + what + "'s rights"));
        }
      }
    }
    if (holder == null && notice == null && terms == null && license == null) {
      return null;
    }
    try {
      return Rights.builder().copyrightHolder(holder).copyrightNotice(notice).usageTerms(terms).license(license).build();
    } catch (InvalidContentException e) {
      reader.loss(Loss.dropped(pointer, "the rights are not valid: " + e.violations().get(0).message()));
      return null;
    }
  }

  private @Nullable String rightsText(JsonNode object, String pointer, String name, int max) {
    String value = string(object, name, pointer);
    if (object == item) {
      handled.add(name);
      handled.add("rightsInfo");
    }
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      losses.add(Loss.dropped(pointer + "/" + name, "empty"));
      return null;
    }
    return text(pointer + "/" + name, value, max, name);
  }

  /** Reads the digitalSourceType of an item or association. */
  static @Nullable DigitalSourceType digitalSourceType(JsonNode object, String pointer, ItemReader reader) {
    JsonNode value = object.get("digitalSourceType");
    if (object == reader.item) {
      reader.handled.add("digitalSourceType");
    }
    if (value == null || value.isNull()) {
      return null;
    }
    String at = pointer + "/digitalSourceType";
    reader.object(value, at);
    String typeUri = reader.string(value, "uri", at);
    String literal = reader.string(value, "literal", at);
    if (reader.string(value, "name", at) != null) {
      reader.loss(Loss.dropped(at + "/name", "the name of a digital source type is not kept; its uri says it"));
    }
    if (typeUri != null) {
      try {
        DigitalSourceType read = DigitalSourceType.of(typeUri);
        if (literal != null) {
          reader.loss(Loss.dropped(at + "/literal", "the literal is not kept; the uri says it"));
        }
        return read;
      } catch (RuntimeException e) {
        reader.loss(Loss.dropped(at + "/uri", "not an absolute uri"));
      }
    }
    if (literal != null && literal.matches("[A-Za-z]{1,64}")) {
      reader.loss(Loss.guessed(at + "/literal", "read as the IPTC NewsCodes digital source type " + literal));
      return DigitalSourceType.of(DigitalSourceType.IPTC_NEWSCODES + literal);
    }
    if (literal != null) {
      reader.loss(Loss.dropped(at + "/literal", "a literal that is not an IPTC NewsCodes code"));
    }
    return null;
  }

  private void rest(String type) {
    for (Map.Entry<String, JsonNode> entry : item.properties()) {
      String name = entry.getKey();
      if (handled.contains(name)) {
        continue;
      }
      String why = DROPPED.get(name);
      losses.add(Loss.dropped(at(name), why != null ? why : "not a ninjs 3.1 property"));
    }
  }

  private void droppedIfPresent(String name, String why) {
    if (item.has(name)) {
      losses.add(Loss.dropped(at(name), why));
    }
  }

  // ---------------------------------------------------------------- building

  private Article build() {
    for (int attempt = 0; ; attempt++) {
      try {
        return Article.builder()
            .id(id).slug(slug).kicker(kicker).headline(headline).subheadline(subheadline).summary(summary)
            .body(body).authors(authors).leadImage(leadImage).language(language).dateline(dateline)
            .status(status).publishedAt(publishedAt).updatedAt(updatedAt).embargoedUntil(embargoedUntil)
            .expiresAt(expiresAt).canonicalUrl(canonicalUrl)
            .uri(uri).subjects(subjects).rights(rights).digitalSourceType(digitalSourceType)
            .build();
      } catch (InvalidContentException e) {
        if (attempt >= 3) {
          throw invalid(e.violations().get(0));
        }
        repair(e.violations());
      }
    }
  }

  /** Leaves out every optional value a violation names, with a loss, or fails on a required one. */
  private void repair(List<Violation> violations) {
    Set<Integer> dropBlocks = new HashSet<>();
    Set<Integer> dropAuthors = new HashSet<>();
    Set<Integer> dropSubjects = new HashSet<>();
    for (Violation violation : violations) {
      String[] segments = violation.pointer().split("/", -1);
      String field = segments.length > 1 ? segments[1] : "";
      String source = sources.getOrDefault(field, base);
      String why = violation.message();
      switch (field) {
        case "language" -> {
          losses.add(Loss.changed(source, "not a valid language tag (" + why + "); the default "
              + defaultLanguage + " was used"));
          language = defaultLanguage;
        }
        case "body" -> {
          int index = Integer.parseInt(segments[2]);
          if (dropBlocks.add(index)) {
            losses.add(Loss.dropped(bodySources.get(index), "a block that is not valid: " + why));
          }
        }
        case "authors" -> {
          int index = segments.length > 2 ? Integer.parseInt(segments[2]) : -1;
          if (index >= 0 && dropAuthors.add(index)) {
            losses.add(Loss.dropped(authorSources.get(index), "an author that is not valid: " + why));
          } else if (index < 0) {
            losses.add(Loss.dropped(at("by"), "the authors are not valid: " + why));
            authors.clear();
            authorSources.clear();
          }
        }
        case "kicker" -> { losses.add(Loss.dropped(source, why)); kicker = null; }
        case "subheadline" -> { losses.add(Loss.dropped(source, why)); subheadline = null; }
        case "summary" -> { losses.add(Loss.dropped(source, why)); summary = null; }
        case "leadImage" -> { losses.add(Loss.dropped(source, "the picture is not valid: " + why)); leadImage = null; }
        case "dateline" -> { losses.add(Loss.dropped(source, why)); dateline = null; }
        case "publishedAt" -> { losses.add(Loss.dropped(source, why)); publishedAt = null; }
        case "updatedAt" -> { losses.add(Loss.dropped(source, why)); updatedAt = null; }
        case "embargoedUntil" -> { losses.add(Loss.dropped(source, why)); embargoedUntil = null; }
        case "expiresAt" -> { losses.add(Loss.dropped(source, why)); expiresAt = null; }
        case "canonicalUrl" -> { losses.add(Loss.dropped(source, why)); canonicalUrl = null; }
        case "uri" -> {
          losses.add(Loss.dropped(source, "kept only as the source of the id: " + why));
          uri = null;
        }
        case "rights" -> { losses.add(Loss.dropped(source, "the rights are not valid: " + why)); rights = null; }
        case "digitalSourceType" -> { losses.add(Loss.dropped(source, why)); digitalSourceType = null; }
        case "subjects" -> {
          int index = segments.length > 2 ? Integer.parseInt(segments[2]) : -1;
          if (index >= 0 && dropSubjects.add(index)) {
            losses.add(Loss.dropped(subjectSources.get(index), "a subject that is not valid: " + why));
          } else if (index < 0) {
            losses.add(Loss.dropped(at("subjects"), "the subjects are not valid: " + why));
            subjects.clear();
            subjectSources.clear();
          }
        }
        default -> throw invalid(violation);
      }
    }
    removeAll(body, bodySources, dropBlocks);
    removeAll(authors, authorSources, dropAuthors);
    removeAll(subjects, subjectSources, dropSubjects);
  }

  private static <T> void removeAll(List<T> values, List<String> sources, Set<Integer> indexes) {
    for (int i = values.size() - 1; i >= 0; i--) {
      if (indexes.contains(i)) {
        values.remove(i);
        sources.remove(i);
      }
    }
  }

  private NinjsImportException invalid(Violation violation) {
    String field = violation.pointer().split("/", -1).length > 1 ? violation.pointer().split("/", -1)[1] : "";
    return new NinjsImportException(NinjsImportException.INVALID_CONTENT, sources.getOrDefault(field, base),
        typeOf(), "the article would not be valid: " + violation.pointer() + " " + violation.message());
  }

  private List<Loss> sortedLosses() {
    List<Loss> sorted = new ArrayList<>(losses);
    sorted.sort((a, b) -> Violation.ORDER.compare(
        Violation.of(a.pointer(), "", ""), Violation.of(b.pointer(), "", "")));
    return sorted;
  }

  // ---------------------------------------------------------------- access to the input

  String at(String name) {
    return base + "/" + Pointers.escape(name);
  }

  void loss(Loss loss) {
    losses.add(loss);
  }

  /** Returns a text fitted to plain-text rules, reporting any change, or null when nothing is left. */
  @Nullable String text(String pointer, String raw, int max, String what) {
    String clean = Texts.singleLine(raw, max);
    if (clean == null) {
      losses.add(Loss.dropped(pointer, "the " + what + " is blank once characters plain text must not hold are removed"));
    } else if (!clean.equals(raw)) {
      boolean cut = clean.endsWith("…") && !raw.endsWith("…");
      losses.add(Loss.changed(pointer, cut
          ? "the " + what + " was cut to " + max + " code points"
          : "line breaks, tabs or characters plain text must not hold were removed from the " + what));
    }
    return clean;
  }

  private String requiredString(String name) {
    handled.add(name);
    JsonNode value = item.get(name);
    if (value == null || value.isNull()) {
      throw document.malformed(dev.masthead.json.MalformedJsonException.MISSING_PROPERTY, base,
          "a ninjs item must have a uri");
    }
    if (!value.isString()) {
      throw document.wrongType(at(name), "a string");
    }
    return value.asString();
  }

  private @Nullable String optionalString(String name) {
    handled.add(name);
    return string(item, name, base);
  }

  private @Nullable JsonNode optionalArray(String name) {
    handled.add(name);
    JsonNode value = item.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw document.wrongType(at(name), "an array");
    }
    return value;
  }

  /** Returns the string property of an object, null when absent, failing on another JSON type. */
  @Nullable String string(JsonNode object, String name, String pointer) {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      throw document.wrongType(pointer + "/" + Pointers.escape(name), "a string");
    }
    return value.asString();
  }

  /** Returns the integer property of an object, null when absent, failing on another JSON type. */
  @Nullable Long integer(JsonNode object, String name, String pointer) {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw document.wrongType(pointer + "/" + Pointers.escape(name), "an integer");
    }
    return value.asLong();
  }

  /** Returns the array property of an object, null when absent, failing on another JSON type. */
  @Nullable JsonNode array(JsonNode object, String name, String pointer) {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw document.wrongType(pointer + "/" + Pointers.escape(name), "an array");
    }
    return value;
  }

  JsonNode object(JsonNode node, String pointer) {
    if (!node.isObject()) {
      throw document.wrongType(pointer, "an object");
    }
    return node;
  }
}
