package vn.congdoan.local;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * A unique index's key: its values as a BSON document {@code {n: size, "0": v0, …}}, a value
 * missing from the document left out; ordered as MongoDB orders values.
 */
final class IndexKeys extends BasicDataType<KeyValue> {
  static final IndexKeys INSTANCE = new IndexKeys();
  private static final byte STRING = 0x02;
  private static final byte INT32 = 0x10;
  private static final ValueComparator ORDER = ValueComparator.asc();

  @Override
  public int compare(KeyValue a, KeyValue b) {
    int common = Math.min(a.size(), b.size());
    for (int i = 0; i < common; i++) {
      int c = compareValues(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /**
   * MongoDB's order of two values, as {@link ValueComparator} gives it, without its detour for two
   * strings or two numbers of one type: it boxes every number anew to compare it (a year as
   * Integer, a sequence as Long), which was 7% of the store's CPU in a replay, every one of H2's
   * binary searches in a unique index comparing keys a dozen times.
   */
  static int compareValues(Object x, Object y) {
    if (x instanceof String s && y instanceof String t) {
      return s.compareTo(t);
    }
    if (x instanceof Integer m && y instanceof Integer n) {
      return Integer.compare(m, n);
    }
    if (x instanceof Long m && y instanceof Long n) {
      return Long.compare(m, n);
    }
    return ORDER.compare(x, y);
  }

  @Override
  public int getMemory(KeyValue key) {
    int bytes = 24;
    for (Object value : key) {
      bytes += StoreTypes.estimate(value);
    }
    return bytes;
  }

  @Override
  public void write(WriteBuffer buff, KeyValue key) {
    if (!writeStrings(buff, key)) {
      writeDocument(buff, key);
    }
  }

  /**
   * A key of strings only (ids, names: nearly every key) written straight as the BSON {@link
   * #writeDocument} makes of it, byte for byte: H2 writes every key of a page again at each commit
   * that touches the page, and building a document for each was a tenth of the store's CPU.
   */
  private static boolean writeStrings(WriteBuffer buff, KeyValue key) {
    int size = key.size();
    byte[][] values = new byte[size][];
    int length = 4 + 7 + 1; // document length, {n: int32}, terminator
    for (int i = 0; i < size; i++) {
      Object value = key.get(i);
      if (value instanceof String text) {
        values[i] = text.getBytes(StandardCharsets.UTF_8);
        length += 1 + digits(i) + 1 + 4 + values[i].length + 1;
      } else if (!(value instanceof Missing)) {
        return false;
      }
    }
    buff.putInt(Integer.reverseBytes(length));
    buff.put(INT32).put((byte) 'n').put((byte) 0).putInt(Integer.reverseBytes(size));
    for (int i = 0; i < size; i++) {
      if (values[i] != null) {
        buff.put(STRING).put(String.valueOf(i).getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        buff.putInt(Integer.reverseBytes(values[i].length + 1)).put(values[i]).put((byte) 0);
      }
    }
    buff.put((byte) 0);
    return true;
  }

  private static int digits(int i) {
    return String.valueOf(i).length();
  }

  private static void writeDocument(WriteBuffer buff, KeyValue key) {
    Document encoded = new Document("n", key.size());
    for (int i = 0; i < key.size(); i++) {
      if (!(key.get(i) instanceof Missing)) {
        encoded.put(String.valueOf(i), key.get(i));
      }
    }
    StoreTypes.Documents.INSTANCE.write(buff, encoded);
  }

  @Override
  public KeyValue read(ByteBuffer buff) {
    Document encoded = StoreTypes.Documents.INSTANCE.read(buff);
    int size = ((Number) encoded.get("n")).intValue();
    List<Object> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String field = String.valueOf(i);
      values.add(encoded.containsKey(field) ? encoded.get(field) : Missing.getInstance());
    }
    return new KeyValue(values);
  }

  @Override
  public KeyValue[] createStorage(int size) {
    return new KeyValue[size];
  }
}
