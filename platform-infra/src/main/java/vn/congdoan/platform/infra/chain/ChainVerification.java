package vn.congdoan.platform.infra.chain;

import java.time.Instant;
import java.util.List;

/**
 * What a recomputation of a service's chains found.
 *
 * @param intact whether every link held
 * @param events stored events checked
 * @param streams streams found (their first event present)
 * @param digests digests found, each of whose heads was checked against the store
 * @param headsChecked stream heads named by the digests and compared with the store
 * @param brokenLinkCount how many problems were found in all
 * @param firstBrokenLink the first problem, by aggregate id and then position; null when intact
 * @param brokenLinks the first {@link ChainVerifier#SHOWN} problems in that order
 * @param lastDigest the newest digest in the store, for comparison with the copy on Kafka
 * @param askedDigest the digest at the position the caller asked about ({@code ?digest=}), null
 *     when not asked or not in the store: the one Kafka last carried, to compare even when the
 *     store has sealed more since
 */
public record ChainVerification(
    String service,
    Instant verifiedAt,
    boolean intact,
    long events,
    long streams,
    long digests,
    long headsChecked,
    long brokenLinkCount,
    BrokenLink firstBrokenLink,
    List<BrokenLink> brokenLinks,
    LastDigest lastDigest,
    LastDigest askedDigest) {

  /** What is wrong at one position of one stream. */
  public enum Problem {
    /** The stored event does not hash to its recorded hash: a field was changed. */
    CONTENT_CHANGED,
    /** The event is not stored at the position its own fields give. */
    MISPLACED,
    /** The event's link does not match the hash of the event before it. */
    LINK_BROKEN,
    /** A position that something links to is empty: an event was removed. */
    EVENT_MISSING,
    /** The event has no hash at all. */
    NOT_CHAINED,
    /** A digest named another hash for this position than the store holds. */
    DIGEST_MISMATCH
  }

  /**
   * @param eventId the stored event's id; null when the position is empty
   */
  public record BrokenLink(
      String aggregateId, long sequence, String eventId, Problem problem, String detail) {}

  /** The newest digest: its position in the chain stream, its root and when it was recorded. */
  public record LastDigest(long sequence, String root, String recordedAt) {}
}
