package vn.congdoan.platform.api;

import java.util.Optional;

/**
 * An exception that can tell its caller why in the caller's language: its {@link Refusal}, when it
 * was raised with one; otherwise only its (English) message says why.
 */
public interface Refused {
  Optional<Refusal> refusal();
}
