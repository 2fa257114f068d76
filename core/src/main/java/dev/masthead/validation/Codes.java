package dev.masthead.validation;

/**
 * The stable codes carried by every {@link Violation}.
 *
 * <p>Codes are part of the public contract: programs may switch on them, and a code keeps its
 * meaning across releases. Messages are for people and may be reworded.
 */
public final class Codes {
  /** A required value is absent. */
  public static final String REQUIRED = "required";
  /** A value that publishing needs is absent (the {@link Publishable} group). */
  public static final String REQUIRED_TO_PUBLISH = "required_to_publish";
  /** A list that publishing needs is empty (the {@link Publishable} group). */
  public static final String EMPTY = "empty";
  /** Text is empty or holds only white space, including no-break and ideographic spaces. */
  public static final String BLANK = "blank";
  /** Text is longer than its limit, counted in Unicode code points. */
  public static final String TOO_LONG = "too_long";
  /** A list holds more elements than its limit. */
  public static final String TOO_MANY = "too_many";
  /** A number is below its minimum. */
  public static final String TOO_SMALL = "too_small";
  /** A number is above its maximum. */
  public static final String TOO_LARGE = "too_large";
  /** Single-line text holds a line break, or multi-line text holds one other than LF or CR. */
  public static final String LINE_BREAK = "line_break";
  /** Text holds a control character. */
  public static final String CONTROL_CHARACTER = "control_character";
  /** Text holds a bidirectional embedding or override (U+202A to U+202E). */
  public static final String BIDI_OVERRIDE = "bidi_override";
  /** Text holds a zero-width space (U+200B) or a byte order mark (U+FEFF). */
  public static final String INVISIBLE_CHARACTER = "invisible_character";
  /** Text holds a Unicode noncharacter. */
  public static final String NONCHARACTER = "noncharacter";
  /** Text holds a private-use character. */
  public static final String PRIVATE_USE = "private_use";
  /** Text holds a lone UTF-16 surrogate. */
  public static final String UNPAIRED_SURROGATE = "unpaired_surrogate";
  /** Text stacks more combining marks on one character than the limit. */
  public static final String COMBINING_MARKS = "combining_marks";
  /** An identifier does not have the identifier format. */
  public static final String INVALID_ID = "invalid_id";
  /** A slug does not have the slug format. */
  public static final String INVALID_SLUG = "invalid_slug";
  /** A token (such as a credit role) does not have the token format. */
  public static final String INVALID_TOKEN = "invalid_token";
  /** A language tag is not a well-formed BCP 47 tag. */
  public static final String INVALID_LANGUAGE_TAG = "invalid_language_tag";
  /** A URL is not an absolute URL. */
  public static final String URL_SYNTAX = "url_syntax";
  /** A URL's scheme is not http or https. */
  public static final String URL_SCHEME = "url_scheme";
  /** A URL's host is not a DNS host name or an IP address. */
  public static final String URL_HOST = "url_host";
  /** A URL's port is outside 1 to 65535. */
  public static final String URL_PORT = "url_port";
  /** A URL carries user information. */
  public static final String URL_USERINFO = "url_userinfo";
  /** An e-mail address does not have the address format. */
  public static final String INVALID_EMAIL = "invalid_email";
  /** An author name starts like a byline ("By Jane Doe"). */
  public static final String BYLINE_IN_NAME = "byline_in_name";
  /** A person author's name names more than one person. */
  public static final String MULTIPLE_AUTHORS = "multiple_authors";
  /** A credit names neither a person nor an organization. */
  public static final String CREDIT_PARTY = "credit_party";
  /** A timestamp is outside 1900-01-01 to 2200-01-01. */
  public static final String TIMESTAMP_RANGE = "timestamp_range";
  /** Two timestamps are in the wrong order. */
  public static final String TIMESTAMP_ORDER = "timestamp_order";
  /** A link range lies outside its text, is empty or overlaps the previous one. */
  public static final String LINK_RANGE = "link_range";
  /** A value that must be unique in its list appears twice. */
  public static final String DUPLICATE = "duplicate";
  /** A property that the wire format does not define, reported by the JSON reader in strict mode. */
  public static final String UNKNOWN_PROPERTY = "unknown_property";

  /** A URI is neither a {@code urn:} URN nor an http or https URL, or has no scheme at all. */
  public static final String URI_SCHEME = "uri_scheme";
  /** A URN does not have the RFC 8141 form {@code urn:NID:NSS}. */
  public static final String URN_SYNTAX = "urn_syntax";
  /** A URI holds characters outside the ASCII URI characters, or a bad percent escape. */
  public static final String URI_SYNTAX = "uri_syntax";
  /** A media type does not have the form {@code type/subtype}. */
  public static final String INVALID_MEDIA_TYPE = "invalid_media_type";
  /** An emphasis or strong span lies outside its text, is empty or overlaps the previous one. */
  public static final String SPAN_RANGE = "span_range";
  /** A rights statement holds none of its parts. */
  public static final String RIGHTS_PART = "rights_part";

  private Codes() {}
}
