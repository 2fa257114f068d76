package dev.masthead.validation.internal;

import dev.masthead.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The records of the model, found among the compiled classes of its package. */
final class ModelRecords {
  private ModelRecords() {}

  static List<Class<?>> all() {
    try {
      Path classes = Path.of(Article.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path model = classes.resolve(Article.class.getPackageName().replace('.', '/'));
      try (Stream<Path> files = Files.list(model)) {
        return files
            .map(file -> file.getFileName().toString())
            .filter(name -> name.endsWith(".class"))
            .map(name -> Article.class.getPackageName() + "." + name.substring(0, name.length() - ".class".length()))
            .<Class<?>>map(ModelRecords::load)
            .filter(Class::isRecord)
            .sorted(java.util.Comparator.comparing(Class::getName))
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
