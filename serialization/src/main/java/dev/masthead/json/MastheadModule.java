package dev.masthead.json;

import dev.masthead.json.internal.Codec;
import dev.masthead.json.internal.PackageVersion;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Masthead wire format as a Jackson module, for applications that bring their own mapper.
 *
 * <p>{@code JsonMapper mapper = JsonMapper.builder().addModule(new MastheadModule()).build();}
 *
 * <p>It reads and writes every Masthead type exactly as {@link MastheadJson} does, without
 * coercion, and reports bad input as Jackson exceptions with a path. It does not validate: an
 * application validates with its own Bean Validation ({@code @Valid}) or with {@link
 * dev.masthead.validation.MastheadValidator}. It is also found by {@code
 * JsonMapper.builder().findAndAddModules()}.
 */
public final class MastheadModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public MastheadModule() {
    super("masthead", PackageVersion.VERSION);
    Codec.register(this);
  }
}
