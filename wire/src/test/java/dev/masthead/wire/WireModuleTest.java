package dev.masthead.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/** The module's descriptor: a binding SPI with no JSON library of its own. */
class WireModuleTest {
  @Test
  void requires_core_and_no_jackson() {
    Module wire = Decoder.class.getModule();

    assertThat(wire.isNamed()).as("tests run on the module path").isTrue();
    assertThat(wire.getDescriptor().requires())
        .extracting(ModuleDescriptor.Requires::name)
        .contains("dev.masthead.core")
        .noneMatch(name -> name.contains("jackson"));
    assertThat(wire.getDescriptor().exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactly("dev.masthead.wire");
  }
}
