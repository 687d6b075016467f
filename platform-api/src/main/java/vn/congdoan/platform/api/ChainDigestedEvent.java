package vn.congdoan.platform.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A service's periodic seal over its event store: the latest hash of every stream that grew since
 * the previous digest. Digests are themselves a stream ({@code chain:<service>}) and each {@code
 * root} covers the previous one, so the copy on Kafka vouches for every event a digest ever named:
 * rewriting the store, even with freshly computed chains, no longer matches what was published.
 *
 * @param service the recording service (membership, welfare, finance)
 * @param previousRoot the previous digest's root, 64 zeros for the first
 * @param heads the streams that grew, each at its newest event, ordered by aggregate id
 * @param root SHA-256 over {@code previousRoot} and the heads, see {@code EventChain}
 */
@WireName("platform.ChainDigested")
@Revision("1")
public record ChainDigestedEvent(
    String service, String previousRoot, List<StreamHead> heads, String root) {

  /** A stream's newest event when the digest was taken. */
  public record StreamHead(String aggregateId, long sequence, String hash) {}
}
