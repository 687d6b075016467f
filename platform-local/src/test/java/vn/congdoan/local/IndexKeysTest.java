package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A unique key written the fast way is the same BSON as written through a document. */
class IndexKeysTest {
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
