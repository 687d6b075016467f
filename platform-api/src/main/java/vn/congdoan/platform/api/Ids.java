package vn.congdoan.platform.api;

import java.util.UUID;

/** Client-chosen ids (docs/api.md): lower-case letters, digits and hyphens. */
public final class Ids {
  public static final String PATTERN = "[a-z0-9][a-z0-9-]{1,63}";
  public static final String MESSAGE = "must match " + PATTERN;

  /**
   * The constraint message of an id a user types (a new branch's code): from the validation
   * bundles, so the user reads it in their language rather than as the pattern.
   */
  public static final String INVALID = "{vn.congdoan.validation.id}";

  private Ids() {}

  /** The id the server picks when the client leaves it out. */
  public static String generate() {
    return UUID.randomUUID().toString();
  }
}
