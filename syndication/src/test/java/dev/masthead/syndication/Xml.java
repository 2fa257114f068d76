package dev.masthead.syndication;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/** Parses feeds back with the JDK's XML parser, namespace-aware, failing on any error. */
final class Xml {
  private Xml() {}

  static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler() {
        @Override
        public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
          throw e;
        }
      });
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed xml: " + e.getMessage(), e);
    }
  }

  /** The child elements of {@code parent} with the local name and namespace, in order. */
  static List<Element> children(Element parent, String namespace, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && name.equals(element.getLocalName())
          && (namespace == null ? element.getNamespaceURI() == null : namespace.equals(element.getNamespaceURI()))) {
        found.add(element);
      }
    }
    return found;
  }

  /** The one child element with the name; fails when there is none or more than one. */
  static Element child(Element parent, String namespace, String name) {
    List<Element> found = children(parent, namespace, name);
    if (found.size() != 1) {
      throw new AssertionError("expected one <" + name + "> in <" + parent.getLocalName() + ">, found " + found.size());
    }
    return found.get(0);
  }

  static String text(Element parent, String namespace, String name) {
    return child(parent, namespace, name).getTextContent();
  }
}
