package dev.masthead.syndication.internal;

import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's StAX writer with every text and attribute value passed through {@link XmlText}: a
 * character XML 1.0 cannot hold is replaced and reported as changed, at the pointer of its source.
 * The writer escapes markup in text ({@code <}, {@code &}, {@code >}) and attribute values
 * ({@code "} as well); no CDATA section is written, so nothing can end one.
 */
final class Xml {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final StringWriter out = new StringWriter();
  private final XMLStreamWriter xml;
  private final Losses losses;

  Xml(Losses losses) {
    this.losses = losses;
    try {
      xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the jdk xml writer failed", e);
    }
  }

  void start(String name) throws XMLStreamException {
    xml.writeStartElement(name);
  }

  void start(String prefix, String name, String namespace) throws XMLStreamException {
    xml.writeStartElement(prefix, name, namespace);
  }

  void defaultNamespace(String namespace) throws XMLStreamException {
    xml.writeDefaultNamespace(namespace);
  }

  void namespace(String prefix, String namespace) throws XMLStreamException {
    xml.writeNamespace(prefix, namespace);
  }

  void end() throws XMLStreamException {
    xml.writeEndElement();
  }

  void empty(String name) throws XMLStreamException {
    xml.writeEmptyElement(name);
  }

  void empty(String prefix, String name, String namespace) throws XMLStreamException {
    xml.writeEmptyElement(prefix, name, namespace);
  }

  void attribute(String name, String value, String pointer) throws XMLStreamException {
    xml.writeAttribute(name, clean(value, pointer));
  }

  void lang(String value, String pointer) throws XMLStreamException {
    xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", clean(value, pointer));
  }

  void text(String value, String pointer) throws XMLStreamException {
    xml.writeCharacters(clean(value, pointer));
  }

  void element(String name, String value, String pointer) throws XMLStreamException {
    xml.writeStartElement(name);
    text(value, pointer);
    xml.writeEndElement();
  }

  void element(String prefix, String name, String namespace, String value, String pointer) throws XMLStreamException {
    xml.writeStartElement(prefix, name, namespace);
    text(value, pointer);
    xml.writeEndElement();
  }

  void newline() throws XMLStreamException {
    xml.writeCharacters("\n");
  }

  String finish() throws XMLStreamException {
    xml.writeEndDocument();
    xml.close();
    return out.append('\n').toString();
  }

  private String clean(String value, String pointer) {
    String clean = XmlText.clean(value);
    if (!clean.equals(value)) {
      losses.changed(pointer, "characters xml 1.0 cannot hold replaced by U+FFFD");
    }
    return clean;
  }
}
