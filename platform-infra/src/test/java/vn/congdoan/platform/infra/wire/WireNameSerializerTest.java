package vn.congdoan.platform.infra.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.WireName;

class WireNameSerializerTest {
  private final Serializer serializer =
      new WireNameSerializer(
          WireNameSerializer.builder()
              .objectMapper(EventJson.mapper())
              .revisionResolver(new AnnotationRevisionResolver()),
          new WireNames().register(WireNamedEvent.class));

  @WireName("test.WireNamed")
  @Revision("1")
  record WireNamedEvent(String memberId, String note) {}

  record UnnamedEvent(String note) {}

  @Test
  void aWireNamedTypeIsStoredUnderItsWireNameAndRevision() {
    var serialized = serializer.serialize(new WireNamedEvent("m-1", "x"), String.class);

    assertThat(serialized.getType().getName()).isEqualTo("test.WireNamed");
    assertThat(serialized.getType().getRevision()).isEqualTo("1");
  }

  @Test
  void aWireNamedTypeIsReadBackWithVietnameseTextIntact() {
    var event =
        new WireNamedEvent(
            "m-1", "Đoàn viên Nguyễn Thị Ánh Tuyết được kết nạp vào Công đoàn cơ sở Hải Phòng");

    Object read = serializer.deserialize(serializer.serialize(event, String.class));

    assertThat(read).isEqualTo(event);
  }

  @Test
  void aTypeWithoutAWireNameKeepsItsClassName() {
    var serialized = serializer.serialize(new UnnamedEvent("x"), String.class);

    assertThat(serialized.getType().getName()).isEqualTo(UnnamedEvent.class.getName());
    Object read = serializer.deserialize(serialized);
    assertThat(read).isEqualTo(new UnnamedEvent("x"));
  }
}
