package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A commit's buffer is kept for the next one, however far past H2's 4 MB it grew. */
class KeptBufferFileStoreTest {
  @TempDir Path dir;

  private static byte[] bytes(int size, int seed) {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) {
      b[i] = (byte) (i * 31 + seed);
    }
    return b;
  }

  @Test
  void aBufferThatGrewPastFourMegabytesIsHandedOutAgainAndAHugeOneLetGo() {
    try (MVStore store = KeptBufferFileStore.open(dir.resolve("s.mv").toString(), 16)) {
      var files = (KeptBufferFileStore) store.getFileStore();

      WriteBuffer first = files.getWriteBuffer();
      assertThat(first.capacity()).as("a busy commit's chunk fits").isGreaterThan(16 << 20);
      first.put(bytes(40 << 20, 1));
      files.releaseWriteBuffer(first);
      WriteBuffer second = files.getWriteBuffer();
      assertThat(second).isSameAs(first);
      assertThat(second.position()).as("cleared").isZero();

      second.put(bytes(70 << 20, 2));
      files.releaseWriteBuffer(second);
      assertThat(files.getWriteBuffer()).isNotSameAs(second);
    }
  }

  @Test
  void commitsLargerThanTheBufferAreWrittenAndReadBackAfterReopening() {
    String file = dir.resolve("s.mv").toString();
    try (MVStore store = KeptBufferFileStore.open(file, 16)) {
      MVMap<Integer, byte[]> map = store.openMap("documents");
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 40; i++) {
          map.put(round * 40 + i, bytes(1 << 20, round * 40 + i));
        }
        store.commit();
      }
    }
    try (MVStore store = KeptBufferFileStore.open(file, 16)) {
      MVMap<Integer, byte[]> map = store.openMap("documents");
      assertThat(map.size()).isEqualTo(120);
      assertThat(map.get(77)).isEqualTo(bytes(1 << 20, 77));
    }
  }
}
