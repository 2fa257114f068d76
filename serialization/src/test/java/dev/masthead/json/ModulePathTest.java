package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Article;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;

/**
 * How the jars are wired as modules. Surefire runs the tests on the module path, so these look at
 * the real module descriptors; mutation testing, which runs on the class path, leaves them out.
 */
class ModulePathTest {
  @Test
  void is_declared_as_a_service_on_the_module_path_and_the_class_path() throws Exception {
    Module module = MastheadModule.class.getModule();
    assertThat(module.isNamed()).as("tests run on the module path").isTrue();
    assertThat(module.getDescriptor().provides())
        .anySatisfy(provides -> {
          assertThat(provides.service()).isEqualTo(JacksonModule.class.getName());
          assertThat(provides.providers()).containsExactly(MastheadModule.class.getName());
        });
    try (InputStream services = module.getResourceAsStream("META-INF/services/" + JacksonModule.class.getName())) {
      assertThat(services).isNotNull();
      assertThat(new String(services.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(MastheadModule.class.getName());
    }
  }

  @Test
  void keeps_core_free_of_jackson() {
    Module core = Article.class.getModule();
    assertThat(core.isNamed()).isTrue();
    assertThat(core.getName()).isEqualTo("dev.masthead.core");

    assertThat(core.getDescriptor().requires())
        .extracting(ModuleDescriptor.Requires::name)
        .isNotEmpty()
        .noneMatch(name -> name.startsWith("tools.jackson") || name.startsWith("com.fasterxml.jackson"));
    assertThat(MastheadModule.class.getModule().getDescriptor().requires())
        .extracting(ModuleDescriptor.Requires::name)
        .contains("tools.jackson.databind", "dev.masthead.core");
  }

  @Test
  void exports_the_internals_of_core_to_the_serialization_module_only() {
    ModuleDescriptor core = Article.class.getModule().getDescriptor();

    assertThat(core.exports())
        .filteredOn(exports -> !exports.isQualified())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("dev.masthead.conversion", "dev.masthead.model", "dev.masthead.validation");
    assertThat(core.exports())
        .filteredOn(ModuleDescriptor.Exports::isQualified)
        .singleElement()
        .satisfies(exports -> {
          assertThat(exports.source()).isEqualTo("dev.masthead.validation.internal");
          assertThat(exports.targets()).containsExactly("dev.masthead.serialization");
        });
  }
}
