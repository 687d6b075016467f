package vn.congdoan.local;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * How the H2 store writes documents and unique-index keys: as BSON, the form they came over the
 * wire in. mongo-java-server left both to H2's default type, which writes them with Java
 * serialization and, for index keys, compares two keys by serializing both: in a profile of the
 * bench that was half of the embedded store's CPU.
 */
final class StoreTypes {
  private StoreTypes() {}

  static MVMap.Builder<Object, Document> documents() {
    return new MVMap.Builder<Object, Document>().valueType(Documents.INSTANCE);
  }

  /** A collection's documents as their BSON bytes ({@link StoredCollection}). */
  static MVMap.Builder<Object, byte[]> encodedDocuments() {
    return new MVMap.Builder<Object, byte[]>().valueType(Encoded.INSTANCE);
  }

  static MVMap.Builder<KeyValue, Object> indexKeys() {
    return new MVMap.Builder<KeyValue, Object>().keyType(IndexKeys.INSTANCE);
  }

  /** Documents as BSON. */
  static final class Documents extends BasicDataType<Document> {
    static final Documents INSTANCE = new Documents();

    @Override
    public int getMemory(Document document) {
      return estimate(document);
    }

    @Override
    public void write(WriteBuffer buff, Document document) {
      Encoded.INSTANCE.write(buff, encode(document));
    }

    @Override
    public Document read(ByteBuffer buff) {
      return decode(Encoded.INSTANCE.read(buff));
    }

    @Override
    public Document[] createStorage(int size) {
      return new Document[size];
    }

    /** Values are never ordered; H2 asks only whether two are the same (replace, remove). */
    @Override
    public int compare(Document a, Document b) {
      return a.equals(b) ? 0 : 1;
    }
  }

  static byte[] encode(Document document) {
    ByteBuf bson = Unpooled.buffer(256);
    BsonEncoder.encodeDocument(document, bson);
    byte[] bytes = new byte[bson.readableBytes()];
    bson.readBytes(bytes);
    return bytes;
  }

  static Document decode(byte[] bson) {
    return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
  }

  /**
   * Documents already encoded: written as the bytes they are, byte for byte what {@link Documents}
   * writes, so either type reads what the other wrote.
   */
  static final class Encoded extends BasicDataType<byte[]> {
    static final Encoded INSTANCE = new Encoded();

    @Override
    public int getMemory(byte[] bson) {
      return 24 + bson.length;
    }

    @Override
    public void write(WriteBuffer buff, byte[] bson) {
      buff.put(bson);
    }

    @Override
    public byte[] read(ByteBuffer buff) {
      // BSON starts with its length, little-endian
      byte[] bson = new byte[Integer.reverseBytes(buff.getInt(buff.position()))];
      buff.get(bson);
      return bson;
    }

    @Override
    public byte[][] createStorage(int size) {
      return new byte[size][];
    }

    /** Values are never ordered; H2 asks only whether two are the same (replace, remove). */
    @Override
    public int compare(byte[] a, byte[] b) {
      return Arrays.equals(a, b) ? 0 : 1;
    }
  }

  /** Roughly the heap a value takes: H2 sizes its pages and caches by it. */
  static int estimate(Object value) {
    if (value instanceof String text) {
      return 40 + 2 * text.length();
    }
    if (value instanceof Map<?, ?> map) {
      int bytes = 48;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        bytes += 32 + estimate(entry.getKey()) + estimate(entry.getValue());
      }
      return bytes;
    }
    if (value instanceof Collection<?> many) {
      int bytes = 40;
      for (Object one : many) {
        bytes += 8 + estimate(one);
      }
      return bytes;
    }
    return 24;
  }
}
