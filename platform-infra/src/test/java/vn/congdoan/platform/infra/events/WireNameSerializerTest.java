package vn.congdoan.platform.infra.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

class WireNameSerializerTest {
  private final Serializer serializer = EventMother.serializer();

  record UnnamedEvent(String note) {}

  @Test
  void aWireNamedTypeIsStoredUnderItsWireNameAndRevision() {
    var serialized = serializer.serialize(new SomethingHappenedEvent("m-1", "x"), String.class);

    assertThat(serialized.getType().getName()).isEqualTo("test.SomethingHappened");
    assertThat(serialized.getType().getRevision()).isEqualTo("1");
  }

  @Test
  void aWireNamedTypeIsReadBackWithVietnameseTextIntact() {
    var event =
        new SomethingHappenedEvent(
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
