package vn.congdoan.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The write endpoints of a service and a plausible body for each, read from its own OpenAPI
 * document: the fuzzer starts from what the service says it accepts and breaks one thing at a time.
 */
final class RequestShapes {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** One write endpoint: its method, path template, content type and a plausible body. */
  record Write(String method, String path, String contentType, JsonNode body) {}

  private final JsonNode document;
  private int ids;

  RequestShapes(JsonNode document) {
    this.document = document;
  }

  List<Write> writes() {
    List<Write> writes = new ArrayList<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path -> {
              if (!path.getKey().startsWith("/api/")) {
                return;
              }
              for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                  writes.add(write(method.toUpperCase(), path.getKey(), operation));
                }
              }
            });
    return writes;
  }

  private Write write(String method, String path, JsonNode operation) {
    JsonNode content = operation.at("/requestBody/content");
    if (content.isMissingNode() || content.isEmpty()) {
      return new Write(method, path, "application/json", null);
    }
    Map.Entry<String, JsonNode> first = content.fields().next();
    JsonNode json = content.get("application/json");
    return json == null
        ? new Write(method, path, first.getKey(), null)
        : new Write(method, path, "application/json", value("body", json.get("schema"), 0));
  }

  private JsonNode value(String name, JsonNode schema, int depth) {
    if (schema == null || depth > 6) {
      return JSON.nullNode();
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      return value(name, document.at(ref.substring(1)), depth + 1);
    }
    if (schema.has("enum")) {
      return schema.get("enum").get(0);
    }
    String type = schema.path("type").asText("object");
    String lower = name.toLowerCase();
    return switch (type) {
      case "string" -> JSON.textNode(text(lower, schema.path("format").asText("")));
      case "integer", "number" ->
          JSON.numberNode(
              lower.contains("year")
                  ? 2024
                  : lower.contains("month") ? 3 : lower.endsWith("vnd") ? 1000 : 1);
      case "boolean" -> JSON.booleanNode(false);
      case "array" -> JSON.arrayNode().add(value(name, schema.get("items"), depth + 1));
      default -> object(schema, depth);
    };
  }

  private ObjectNode object(JsonNode schema, int depth) {
    ObjectNode object = JSON.objectNode();
    schema
        .path("properties")
        .fields()
        .forEachRemaining(p -> object.set(p.getKey(), value(p.getKey(), p.getValue(), depth + 1)));
    return object;
  }

  private String text(String name, String format) {
    if (format.equals("date")) {
      return "2024-03-01";
    }
    if (format.equals("date-time")) {
      return "2024-03-01T00:00:00Z";
    }
    if (name.equals("branchid")) {
      return FuzzIT.BRANCH;
    }
    if (name.equals("memberid")) {
      return FuzzIT.MEMBER;
    }
    if (name.endsWith("id") || name.equals("period")) {
      return name.equals("period") ? "2024-03" : "fz-" + ++ids;
    }
    return "Giá trị thử " + name;
  }
}
