package io.github.fazhi.jackson3;

import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this module, filled in from the build's coordinates ({@code src/main/java-templates}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PackageVersion implements Versioned {
  /** The version of fazhi-jackson3, such as {@code 0.1.0-SNAPSHOT}. */
  public static final Version VERSION =
      VersionUtil.parseVersion("${project.version}", "${project.groupId}", "${project.artifactId}");

  /** Creates the holder; use {@link #VERSION} directly. */
  public PackageVersion() {}

  @Override
  public Version version() {
    return VERSION;
  }
}
