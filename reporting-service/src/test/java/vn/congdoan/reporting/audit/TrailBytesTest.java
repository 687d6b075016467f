package vn.congdoan.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.reporting.ingest.Delivery;

/** The trail document's bytes written from the JSON tree are those the trail's own way makes. */
class TrailBytesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Delivery delivery(JsonNode payload, Map<String, String> metadata) {
    return new Delivery(
        "membership.events",
        new EventEnvelope(
            "e-1",
            "membership.MemberAdmitted",
            "1",
            "Branch",
            "cd-001",
            41,
            Instant.parse("2024-03-08T07:15:30.123456Z"),
            metadata,
            payload));
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] out = new byte[buffer.remaining()];
    buffer.duplicate().get(out);
    return out;
  }

  private static void assertSameAsTheTrail(Delivery delivery) {
    var expected =
        new RawBsonDocument(AuditTrail.document(delivery), new DocumentCodec()).getByteBuffer();
    assertThat(bytes(TrailBytes.of(delivery))).isEqualTo(bytes(expected.asNIO()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"memberId\":\"m-1\",\"fullName\":\"Nguyễn Thị Hồng Nhung\",\"amountVnd\":136225000}",
        "{\"n\":2147483647,\"m\":2147483648,\"k\":-2147483649,\"l\":9223372036854775807}",
        "{\"d\":1.5,\"e\":1.0,\"f\":1e21,\"g\":-0.0,\"h\":3.141592653589793,\"i\":1.0E-7}",
        "{\"a\":[1,\"hai\",[3,{\"x\":null}],true,false,null],\"o\":{\"p\":{\"q\":[]}}}",
        "{\"t\":\"\\u0000 \\\"quoted\\\" \\\\ tab\\t new\\nline 😀\"}",
        "{\"when\":{\"$date\":\"2024-01-01T00:00:00Z\"}}",
        "{\"nested\":{\"$numberLong\":\"5\"}}",
        "[1,2,3]",
        "\"text\"",
        "42",
        "null"
      })
  void payloadsOfEveryShape(String json) throws Exception {
    var metadata = new HashMap<String, String>();
    metadata.put(MetadataKeys.USER, "can-bo@cd-001");
    metadata.put(MetadataKeys.CORRELATION_ID, "c-9");
    metadata.put(MetadataKeys.BRANCH, "cd-001");
    assertSameAsTheTrail(delivery(JSON.readTree(json), metadata));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void noPayloadAndNoMetadata(boolean nullNode) {
    assertSameAsTheTrail(delivery(nullNode ? JsonNodeFactory.instance.nullNode() : null, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.1", "0.1", "12345.678"})
  void numbersBuiltInMemoryRatherThanParsed(String number) {
    var payload = JsonNodeFactory.instance.objectNode();
    payload.put("float", Float.parseFloat(number));
    payload.put("decimal", new BigDecimal(number));
    payload.put("smallLong", 7L);
    assertSameAsTheTrail(delivery(payload, Map.of()));
  }
}
