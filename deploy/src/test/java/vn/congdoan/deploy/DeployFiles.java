package vn.congdoan.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the module's files (compose/, k8s/, observability/) as the tools that use them would: YAML
 * with anchors and merge keys, several documents per Kubernetes file, JSON dashboards.
 */
final class DeployFiles {
  /** The module directory; surefire passes it, and runs in it anyway. */
  static final Path DIR = Path.of(System.getProperty("deploy.dir", ".")).toAbsolutePath();

  /** The modules Jib builds an image of: the four services and the gateway. */
  static final List<String> MODULES =
      List.of(
          "membership-service",
          "welfare-service",
          "finance-service",
          "reporting-service",
          "gateway");

  private static final ObjectMapper JSON = new ObjectMapper();

  private DeployFiles() {}

  static Path path(String relative) {
    return DIR.resolve(relative).normalize();
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(String relative) {
    return read(path(relative));
  }

  /** Every document of a YAML file, null ones (a trailing ---) left out. */
  static List<Object> yamlDocuments(Path file) {
    // a fresh loader per file: SnakeYAML's Yaml is not reusable across threads or documents
    var yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    var documents = new ArrayList<>();
    for (Object document : yaml.loadAll(read(file))) {
      if (document != null) {
        documents.add(document);
      }
    }
    return documents;
  }

  /** A YAML file of one document that is a mapping. */
  static Map<String, Object> yaml(String relative) {
    List<Object> documents = yamlDocuments(path(relative));
    if (documents.size() != 1) {
      throw new IllegalStateException(relative + " holds " + documents.size() + " documents");
    }
    return map(documents.get(0));
  }

  static JsonNode json(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Files under {@code relativeDir} whose names end with one of {@code suffixes}. */
  static List<Path> files(String relativeDir, String... suffixes) {
    try (Stream<Path> walk = Files.walk(path(relativeDir))) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> Stream.of(suffixes).anyMatch(s -> f.getFileName().toString().endsWith(s)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node) {
    if (node == null) {
      return Map.of();
    }
    if (!(node instanceof Map)) {
      throw new IllegalStateException("not a mapping: " + node);
    }
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object node) {
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof List)) {
      throw new IllegalStateException("not a list: " + node);
    }
    return (List<Object>) node;
  }

  /** Follows a path of mapping keys; null when any step is missing. */
  static Object at(Object node, String... keys) {
    Object current = node;
    for (String key : keys) {
      if (!(current instanceof Map<?, ?> m)) {
        return null;
      }
      current = m.get(key);
    }
    return current;
  }

  static String string(Object node, String... keys) {
    Object value = at(node, keys);
    return value == null ? null : String.valueOf(value);
  }
}
