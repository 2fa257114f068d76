package dev.masthead.ninjs;

import dev.masthead.conversion.Loss;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Credit;
import dev.masthead.model.Image;
import dev.masthead.model.Rendition;
import dev.masthead.validation.InvalidContentException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Pictures from a ninjs item's associations.
 *
 * <p>Lead image policy: the first picture association whose {@code name} or {@code rel} marks it as
 * the main picture ({@code leadimage}, {@code featureimage}, {@code featuremedia}, {@code mainpic},
 * {@code main}, {@code lead}, {@code featured}); otherwise the first association of type {@code
 * picture}; otherwise the first of type {@code graphic}; never one whose {@code rel} is {@code
 * inline}. A picture the HTML body already shows replaces that image block; the other pictures
 * become image blocks at the end of the body.
 *
 * <p>The image's url, width and height come from its rendition named {@code main}, else its
 * largest rendition (by width times height; the first when none has a size) with an absolute
 * http(s) {@code href}; the other renditions become the image's renditions.
 */
final class Associations {
  private static final Set<String> LEAD_NAMES = Set.of(
      "leadimage", "lead-image", "lead_image", "featureimage", "featuremedia", "featured", "mainpic",
      "main", "lead");
  private static final Set<String> CAPTION_ROLES = Set.of("caption", "text", "summary", "description", "");
  /** The rel of a picture that belongs in the body, never the lead image. */
  static final String INLINE = "inline";
  private static final Set<String> RENDITION_KEPT = Set.of("name", "href", "width", "height", "contentType");
  private static final Map<String, String> DROPPED = Map.of(
      "uri", "the identifier of a picture has no place in an image",
      "rel", "the relation of a picture has no place in an article",
      "versionCreated", "the time a picture was made has no place in an article",
      "firstCreated", "the time a picture was made has no place in an article");

  private Associations() {}

  /** A picture read from an association. */
  record Picture(Image image, String pointer, String name, String rel, String type, List<String> hrefs) {}

  /** Reads a picture association, or reports it dropped and returns null. */
  static @Nullable Picture picture(JsonNode association, String pointer, ItemReader reader) {
    String type = reader.string(association, "type", pointer);
    String name = reader.string(association, "name", pointer);
    String rel = reader.string(association, "rel", pointer);
    if (type == null || !(type.equals("picture") || type.equals("graphic"))) {
      reader.loss(Loss.dropped(pointer, type == null
          ? "an association without a type has no place in an article"
          : "an association of type " + Texts.prefix(type) + " has no place in an article; only pictures and graphics do"));
      return null;
    }
    Set<String> handled = new HashSet<>(List.of("type", "name", "renditions"));
    JsonNode renditions = reader.array(association, "renditions", pointer);
    List<String> hrefs = new java.util.ArrayList<>();
    List<Rendition> usable = new java.util.ArrayList<>();
    List<String> usablePointers = new java.util.ArrayList<>();
    int best = -1;
    long bestArea = -1;
    if (renditions != null) {
      for (int i = 0; i < renditions.size(); i++) {
        String at = pointer + "/renditions/" + i;
        JsonNode rendition = reader.object(renditions.get(i), at);
        String href = reader.string(rendition, "href", at);
        String contentType = reader.string(rendition, "contentType", at);
        Long width = reader.integer(rendition, "width", at);
        Long height = reader.integer(rendition, "height", at);
        if (href == null) {
          reader.loss(Loss.dropped(at, "a rendition without an href"));
          continue;
        }
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).startsWith("image/")) {
          reader.loss(Loss.dropped(at, "a rendition that is not an image"));
          continue;
        }
        String url = Urls.httpUrl(href);
        if (url == null) {
          reader.loss(Loss.dropped(at + "/href", "not an absolute http(s) URL"));
          continue;
        }
        if (!url.equals(href)) {
          reader.loss(Loss.changed(at + "/href", "non-ASCII characters were percent-encoded"));
        }
        for (Map.Entry<String, JsonNode> entry : rendition.properties()) {
          if (!RENDITION_KEPT.contains(entry.getKey())) {
            reader.loss(Loss.dropped(at + "/" + Pointers.escape(entry.getKey()),
                "a rendition keeps only its href, width, height and content type"));
          }
        }
        Rendition read;
        try {
          read = Rendition.of(url, dimension(width, at + "/width", reader), dimension(height, at + "/height", reader),
              contentType == null ? null : contentType.toLowerCase(Locale.ROOT));
        } catch (InvalidContentException e) {
          reader.loss(Loss.dropped(at, "a rendition that is not valid: " + e.violations().get(0).message()));
          continue;
        }
        hrefs.add(url);
        long area = read.width() == null || read.height() == null ? 0 : (long) read.width() * read.height();
        boolean named = "main".equals(reader.string(rendition, "name", at));
        if (named) {
          // The provider's own choice of the main rendition wins over size.
          area = Long.MAX_VALUE;
        }
        if (area > bestArea) {
          best = usable.size();
          bestArea = area;
        }
        usable.add(read);
        usablePointers.add(at);
      }
    }
    if (best < 0) {
      reader.loss(Loss.dropped(pointer, "a picture without a rendition that has an absolute http(s) href"));
      return null;
    }
    Rendition main = usable.get(best);
    Image.Builder image = Image.builder().url(main.url()).width(main.width()).height(main.height());
    int kept = 0;
    for (int i = 0; i < usable.size(); i++) {
      if (i == best) {
        continue;
      }
      if (kept++ >= 20) {
        reader.loss(Loss.dropped(usablePointers.get(i), "an image keeps at most 20 renditions besides its own"));
      } else {
        image.addRendition(usable.get(i));
      }
    }
    if (main.mediaType() != null) {
      reader.loss(Loss.dropped(usablePointers.get(best) + "/contentType",
          "the image's own rendition has no media type; the largest rendition is the image"));
    }
    handled.add("copyrightHolder");
    handled.add("copyrightNotice");
    handled.add("usageTerms");
    handled.add("rightsInfo");
    handled.add("digitalSourceType");
    image.rights(ItemReader.rights(association, pointer, reader, "picture"));
    image.digitalSourceType(ItemReader.digitalSourceType(association, pointer, reader));

    handled.add("descriptions");
    String caption = null;
    String creditLine = null;
    JsonNode descriptions = reader.array(association, "descriptions", pointer);
    if (descriptions != null) {
      for (int i = 0; i < descriptions.size(); i++) {
        String at = pointer + "/descriptions/" + i;
        JsonNode description = reader.object(descriptions.get(i), at);
        String value = reader.string(description, "value", at);
        String role = reader.string(description, "role", at);
        String key = role == null ? "" : role.toLowerCase(Locale.ROOT);
        String contentType = reader.string(description, "contentType", at);
        if (value == null) {
          reader.loss(Loss.dropped(at, "a description without a value"));
        } else if (key.equals("creditline") && creditLine == null) {
          creditLine = reader.text(at + "/value", value, 500, "credit line");
        } else if (CAPTION_ROLES.contains(key) && caption == null
            && Bodies.family(contentType, value) == Bodies.Family.TEXT) {
          caption = reader.text(at + "/value", value, 1_000, "caption");
        } else {
          reader.loss(Loss.dropped(at, "a picture keeps one plain-text caption and one credit line"));
        }
      }
    }
    image.caption(caption);

    handled.add("headlines");
    JsonNode headlines = reader.array(association, "headlines", pointer);
    if (headlines != null) {
      for (int i = 0; i < headlines.size(); i++) {
        String at = pointer + "/headlines/" + i;
        String value = reader.string(reader.object(headlines.get(i), at), "value", at);
        if (i == 0 && value != null) {
          String alt = reader.text(at + "/value", value, 1_000, "alt text");
          image.altText(alt);
          reader.loss(Loss.guessed(at, "the picture's headline became its alt text"));
        } else {
          reader.loss(Loss.dropped(at, "a picture keeps one headline, as its alt text"));
        }
      }
    }

    handled.add("by");
    String by = reader.string(association, "by", pointer);
    image.credit(credit(by, creditLine, pointer, reader));

    for (Map.Entry<String, JsonNode> entry : association.properties()) {
      if (!handled.contains(entry.getKey())) {
        String why = DROPPED.get(entry.getKey());
        reader.loss(Loss.dropped(pointer + "/" + Pointers.escape(entry.getKey()),
            why != null ? why : "this property of a picture has no place in an article"));
      }
    }
    try {
      return new Picture(image.build(), pointer, name == null ? "" : name, rel == null ? "" : rel, type, hrefs);
    } catch (InvalidContentException e) {
      reader.loss(Loss.dropped(pointer, "the picture is not valid: " + e.violations().get(0)));
      return null;
    }
  }

  private static @Nullable Integer dimension(@Nullable Long value, String pointer, ItemReader reader) {
    if (value == null) {
      return null;
    }
    if (value < 1 || value > 100_000) {
      reader.loss(Loss.dropped(pointer, "not between 1 and 100,000 pixels"));
      return null;
    }
    return value.intValue();
  }

  private static @Nullable Credit credit(
      @Nullable String by, @Nullable String creditLine, String pointer, ItemReader reader) {
    String name = null;
    String organization = null;
    if (by != null) {
      List<Bylines.Name> names = Bylines.split(by);
      for (Bylines.Name part : names) {
        if (part.kind() == AuthorKind.PERSON && name == null) {
          name = Texts.singleLine(part.name(), 200);
        } else if (part.kind() == AuthorKind.ORGANIZATION && organization == null) {
          organization = Texts.singleLine(part.name(), 200);
        }
      }
      if (names.size() != 1 || !by.equals(name)) {
        reader.loss(Loss.changed(pointer + "/by", "read as the photo credit"
            + (name == null ? "" : " of " + Texts.prefix(name))
            + (organization == null ? "" : " for " + Texts.prefix(organization))
            + "; the original was " + Texts.prefix(by)));
      }
    }
    if (name == null && organization == null && creditLine != null) {
      organization = Texts.singleLine(creditLine, 200);
      reader.loss(Loss.guessed(pointer, "the credit line names the organization of the photo credit"));
    }
    if (name == null && organization == null) {
      if (creditLine != null) {
        reader.loss(Loss.dropped(pointer, "a credit line without a name has no place in the credit"));
      }
      return null;
    }
    try {
      return Credit.builder(Credit.PHOTO).name(name).organization(organization).text(creditLine)
.build();
    } catch (InvalidContentException e) {
      reader.loss(Loss.dropped(pointer + "/by", "the credit is not valid: " + e.violations().get(0)));
      return null;
    }
  }

  /** Returns the lead picture by the policy of this class, or null when there are none. */
  static @Nullable Picture lead(List<Picture> pictures) {
    for (Picture picture : pictures) {
      if (LEAD_NAMES.contains(picture.name().toLowerCase(Locale.ROOT))
          || LEAD_NAMES.contains(picture.rel().toLowerCase(Locale.ROOT))) {
        return picture;
      }
    }
    for (Picture picture : pictures) {
      if (picture.type().equals("picture") && !picture.rel().equals(INLINE)) {
        return picture;
      }
    }
    for (Picture picture : pictures) {
      if (!picture.rel().equals(INLINE)) {
        return picture;
      }
    }
    return null;
  }
}
