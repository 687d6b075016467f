package vn.congdoan.platform.infra.wire;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer, but types that carry a {@code @WireName} are stored under that name
 * instead of their Java class name, so moving or renaming a class never breaks the event store or a
 * Kafka consumer.
 */
public class WireNameSerializer extends JacksonSerializer {
  private final WireNames wireNames;

  public WireNameSerializer(Builder builder, WireNames wireNames) {
    super(builder);
    this.wireNames = wireNames;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public SerializedType typeForClass(Class type) {
    if (type == null) {
      return super.typeForClass(null);
    }
    return wireNames
        .nameOf(type)
        .<SerializedType>map(
            name -> new SimpleSerializedType(name, getRevisionResolver().revisionOf(type)))
        .orElseGet(() -> super.typeForClass(type));
  }

  @Override
  protected String resolveClassName(SerializedType serializedType) {
    return wireNames
        .classOf(serializedType.getName())
        .map(Class::getName)
        .orElseGet(() -> super.resolveClassName(serializedType));
  }
}
