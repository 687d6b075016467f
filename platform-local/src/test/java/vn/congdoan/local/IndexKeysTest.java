package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A unique key written the fast way is the same BSON as written through a document, and keys are
 * ordered as mongo-java-server orders their values.
 */
class IndexKeysTest {
  @Test
  void valuesCompareAsMongoJavaServerComparesThem() {
    List<Object> values =
        List.of(
            "",
            "a",
            "B",
            "Nguyễn",
            "Nguyen",
            "2025",
            0,
            1,
            -1,
            2025,
            Integer.MAX_VALUE,
            Integer.MIN_VALUE,
            0L,
            1L,
            -1L,
            2025L,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            9007199254740993L,
            9007199254740992L,
            1.5,
            2025.0,
            Missing.getInstance(),
            true);
    var order = ValueComparator.asc();
    for (Object x : values) {
      for (Object y : values) {
        assertThat(Integer.signum(IndexKeys.compareValues(x, y)))
            .as("%s (%s) against %s (%s)", x, x.getClass(), y, y.getClass())
            .isEqualTo(Integer.signum(order.compare(x, y)));
      }
    }
  }

  static Stream<KeyValue> keys() {
    List<Object> eleven = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      eleven.add("giá trị " + i);
    }
    return Stream.of(
        new KeyValue("branch-1:42"),
        new KeyValue("Nguyễn Thị Hoà", "Tổ công đoàn"),
        new KeyValue("", Missing.getInstance(), "x"),
        new KeyValue(Missing.getInstance()),
        new KeyValue(eleven),
        new KeyValue("branch-1", 42L),
        new KeyValue(7));
  }

  @ParameterizedTest
  @MethodSource("keys")
  void writtenAsThroughADocumentAndReadBack(KeyValue key) {
    WriteBuffer buff = new WriteBuffer();
    IndexKeys.INSTANCE.write(buff, key);
    ByteBuffer written = buff.getBuffer().flip();
    byte[] bytes = new byte[written.remaining()];
    written.duplicate().get(bytes);

    assertThat(bytes).isEqualTo(throughDocument(key));
    assertThat(IndexKeys.INSTANCE.read(written)).isEqualTo(key);
    assertThat(written.hasRemaining()).isFalse();
  }

  private static byte[] throughDocument(KeyValue key) {
    Document encoded = new Document("n", key.size());
    for (int i = 0; i < key.size(); i++) {
      if (!(key.get(i) instanceof Missing)) {
        encoded.put(String.valueOf(i), key.get(i));
      }
    }
    ByteBuf bson = Unpooled.buffer();
    BsonEncoder.encodeDocument(encoded, bson);
    byte[] bytes = new byte[bson.readableBytes()];
    bson.readBytes(bytes);
    return bytes;
  }
}
