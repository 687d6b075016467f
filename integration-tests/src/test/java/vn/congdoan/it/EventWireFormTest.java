package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.WireName;
import vn.congdoan.platform.infra.wire.PayloadUpcasts;

/**
 * Events are the permanent record: each type's wire form at its revision is stored here
 * (src/test/resources/wire/{wire name}/r{revision}.json) and must read back and write out
 * unchanged. Renaming, dropping or retyping a field without a new revision and an upcaster fails
 * here, not on the first old event read in production. An older revision's fixture is read through
 * the upcaster chain to the current one. A new event type gets its first fixture written by running
 * this test with {@code -Dwire.record=true}: read it, then commit it.
 */
class EventWireFormTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "wire");
  private static final ObjectMapper JSON =
      EventJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);

  @TestFactory
  Stream<DynamicTest> everyEventTypeReadsAndWritesItsStoredWireForm() {
    return events().stream()
        .map(type -> DynamicTest.dynamicTest(wireName(type), () -> roundTrip(type)));
  }

  private void roundTrip(Class<?> type) throws IOException {
    Path fixture = fixture(type, revision(type));
    if (!Files.exists(fixture) && Boolean.getBoolean("wire.record")) {
      Files.createDirectories(fixture.getParent());
      Files.writeString(fixture, JSON.writeValueAsString(WireSamples.of(type)) + "\n");
    }
    assertThat(fixture)
        .as(
            "the wire form of %s at revision %s (-Dwire.record=true writes a first one)",
            wireName(type), revision(type))
        .exists();
    JsonNode stored = JSON.readTree(fixture.toFile());
    Object event = JSON.treeToValue(stored, type);
    assertThat(written(event)).as(fixture.toString()).isEqualTo(stored);
  }

  @TestFactory
  Stream<DynamicTest> anOlderRevisionReadsThroughTheUpcasterChain() throws IOException {
    var upcasts = PayloadUpcasts.scan("vn.congdoan");
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> type : events()) {
      for (Path older : olderFixtures(type)) {
        tests.add(
            DynamicTest.dynamicTest(
                wireName(type) + " " + older.getFileName(),
                () -> {
                  String from = older.getFileName().toString().replaceAll("^r|\\.json$", "");
                  var envelope =
                      new EventEnvelope(
                          "e-1",
                          wireName(type),
                          from,
                          "Aggregate",
                          "a-1",
                          0L,
                          null,
                          null,
                          JSON.readTree(older.toFile()));
                  var current = upcasts.upcast(envelope);
                  assertThat(current.revision()).isEqualTo(revision(type));
                  Object event = JSON.treeToValue(current.payload(), type);
                  assertThat(written(event)).isEqualTo(JSON.readTree(current.payload().toString()));
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void everyTypeAtALaterRevisionKeepsAFixtureOfItsFirst() throws IOException {
    for (Class<?> type : events()) {
      if (!revision(type).equals("1")) {
        assertThat(fixture(type, "1")).as("%s revision 1", wireName(type)).exists();
      }
    }
  }

  /** The event as written to the store, read back as text is (numbers by their size, not type). */
  private static JsonNode written(Object event) throws IOException {
    return JSON.readTree(JSON.writeValueAsString(event));
  }

  private static List<Path> olderFixtures(Class<?> type) throws IOException {
    Path dir = FIXTURES.resolve(wireName(type));
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var files = Files.list(dir)) {
      return files
          .filter(f -> !f.getFileName().toString().equals("r" + revision(type) + ".json"))
          .sorted()
          .toList();
    }
  }

  private static List<Class<?>> events() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(WireName.class));
    return scanner.findCandidateComponents("vn.congdoan").stream()
        .<Class<?>>map(c -> ClassUtils.resolveClassName(c.getBeanClassName(), null))
        .sorted(Comparator.comparing(EventWireFormTest::wireName))
        .toList();
  }

  private static Path fixture(Class<?> type, String revision) {
    return FIXTURES.resolve(wireName(type)).resolve("r" + revision + ".json");
  }

  private static String wireName(Class<?> type) {
    return type.getAnnotation(WireName.class).value();
  }

  private static String revision(Class<?> type) {
    Revision revision = type.getAnnotation(Revision.class);
    return revision == null ? "1" : revision.value();
  }
}
