package vn.congdoan.reporting.verification;

import vn.congdoan.platform.infra.chain.ChainVerification;
import vn.congdoan.reporting.verification.PublishedDigests.PublishedDigest;

/**
 * A service's chains as it recomputed them, held against the newest digest Kafka carried.
 *
 * @param intact whether the store's chains hold and its digests agree with the published copy
 * @param store the service's own recomputation
 * @param published the newest digest reporting received from the service's topic, if any
 * @param publishedCheck how the store's digest at the published one's position compares with it
 */
public record ServiceVerification(
    String service,
    boolean intact,
    ChainVerification store,
    PublishedDigest published,
    PublishedCheck publishedCheck) {

  /** The store's digest at the position of the newest one on Kafka, against Kafka's. */
  public enum PublishedCheck {
    /** Same root at that position: the store holds what was sealed and published. */
    MATCHES,
    /** Another root at that position: the store's digests were rewritten. */
    DIFFERS,
    /** Kafka carries a digest the store no longer has: the store was cut back. */
    MISSING_FROM_STORE,
    /** The store has digests, none of which has reached reporting yet; ask again shortly. */
    NOT_YET_PUBLISHED,
    /** No digest has been taken yet (a new service, or less than one interval old). */
    NO_DIGEST;

    boolean acceptable() {
      return this != DIFFERS && this != MISSING_FROM_STORE;
    }
  }

  static ServiceVerification of(
      String service, ChainVerification store, PublishedDigest published) {
    PublishedCheck check;
    if (published == null) {
      check =
          store.lastDigest() == null ? PublishedCheck.NO_DIGEST : PublishedCheck.NOT_YET_PUBLISHED;
    } else if (store.askedDigest() == null) {
      check = PublishedCheck.MISSING_FROM_STORE;
    } else {
      check =
          store.askedDigest().root().equals(published.root())
              ? PublishedCheck.MATCHES
              : PublishedCheck.DIFFERS;
    }
    return new ServiceVerification(
        service, store.intact() && check.acceptable(), store, published, check);
  }
}
