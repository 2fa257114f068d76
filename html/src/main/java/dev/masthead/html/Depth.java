package dev.masthead.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Measures how deeply the elements of a parsed document nest, without recursion. */
final class Depth {
  private Depth() {}

  /** Throws when an element lies more than {@code maxDepth} levels below {@code <body>}. */
  static void check(Document document, int maxDepth) {
    Element body = document.body();
    Element root = body == null ? document : body;
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (depth > maxDepth && node instanceof Element) {
              throw new HtmlLimitException(HtmlLimit.DEPTH, maxDepth);
            }
          }
        },
        root);
  }
}
