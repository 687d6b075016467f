package vn.congdoan.local;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.SingleFileStore;
import org.h2.mvstore.WriteBuffer;

/**
 * H2's file store, its commit buffers kept from one commit to the next. H2 keeps such a buffer only
 * up to 4 MB, and starts each at 1 MB; a group commit under load writes a chunk of 10-16 MB, so
 * every commit grew a fresh buffer to 16 MB in seven copies, each a humongous object to G1 (~480 in
 * a 35 s bench run, 22 concurrent cycles started by them, young pauses up to ~95 ms).
 */
final class KeptBufferFileStore extends SingleFileStore {
  /** A chunk of a busy commit fits without growing; one that does not grows the buffer once. */
  private static final int START_BYTES = 32 << 20;

  /** Larger ones are let go: a one-off huge commit (a bulk import) does not pin its memory. */
  private static final int KEEP_UP_TO_BYTES = 64 << 20;

  // H2 serialises a commit on one thread and writes the previous one on another
  private final BlockingQueue<WriteBuffer> kept = new ArrayBlockingQueue<>(2);

  private KeptBufferFileStore(Map<String, Object> config) {
    super(config);
  }

  /** The store in {@code fileName}, opened, with a page cache of {@code cacheMb}. */
  static MVStore open(String fileName, int cacheMb) {
    Map<String, Object> config = new HashMap<>();
    config.put("cacheSize", cacheMb);
    var files = new KeptBufferFileStore(config);
    files.open(fileName, false, null);
    return new MVStore.Builder().adoptFileStore(files).open();
  }

  @Override
  public WriteBuffer getWriteBuffer() {
    WriteBuffer buffer = kept.poll();
    if (buffer == null) {
      return new WriteBuffer(START_BYTES);
    }
    buffer.clear();
    return buffer;
  }

  @Override
  public void releaseWriteBuffer(WriteBuffer buffer) {
    if (buffer.capacity() <= KEEP_UP_TO_BYTES) {
      kept.offer(buffer);
    }
  }
}
