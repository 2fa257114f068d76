package dev.masthead.jackson2.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;

/** The version of this module, generated from the build's project version. */
public final class PackageVersion {
  /** The version. */
  public static final Version VERSION =
      VersionUtil.parseVersion("${project.version}", "${project.groupId}", "${project.artifactId}");

  private PackageVersion() {}
}
