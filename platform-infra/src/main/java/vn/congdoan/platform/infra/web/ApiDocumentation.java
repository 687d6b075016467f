package vn.congdoan.platform.infra.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What every service's OpenAPI document says the same way: callers present a bearer token (JWT),
 * and each operation lists the problem+json refusals it can answer (docs/api.md explains each).
 * Swagger UI gets its Authorize button from the scheme declared here.
 */
final class ApiDocumentation implements OpenApiCustomizer {
  private static final String BEARER = "bearer";
  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  /** Addresses a caller reaches without a token: the local dev tokens and the web app's setup. */
  private static final List<String> OPEN = List.of("/dev/tokens", "/dashboard/config");

  private final String service;

  ApiDocumentation(String service) {
    this.service = service;
  }

  @Override
  public void customise(OpenAPI api) {
    api.info(
        new Info()
            .title("Công đoàn Platform — " + service)
            .version("1")
            .description("The HTTP contract of " + service + "; refusals are RFC 9457 problems.")
            .license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")));
    api.servers(List.of(new Server().url("/").description("the gateway, or the service itself")));
    Components components = api.getComponents() == null ? new Components() : api.getComponents();
    api.components(
        components
            .addSecuritySchemes(
                BEARER,
                new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .bearerFormat("JWT")
                    .description("An access token with the claims sub, roles and branch"))
            .addSchemas("Problem", problem()));
    api.addSecurityItem(new SecurityRequirement().addList(BEARER));
    if (api.getPaths() == null) {
      return;
    }
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap().forEach((method, op) -> describe(path, method, op)));
  }

  private static void describe(String path, PathItem.HttpMethod method, Operation op) {
    ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
    op.responses(responses);
    refusal(responses, "400", "The request is invalid: see `errors` for each field");
    if (OPEN.contains(path)) {
      op.security(List.of());
      return;
    }
    refusal(responses, "401", "No token, or the token is expired or not for this platform");
    refusal(responses, "403", "The token's roles or branch do not allow this");
    if (path.contains("{")) {
      refusal(responses, "404", "No such branch, member, campaign or record");
    }
    if (method != PathItem.HttpMethod.GET) {
      refusal(
          responses,
          "409",
          "A conflicting write, or an Idempotency-Key reused with another body: read and retry");
      refusal(responses, "413", "The body is larger than 1 MB");
      refusal(responses, "422", "Refused by a business rule: the detail says which");
    }
    refusal(responses, "503", "The store did not answer: nothing was recorded; retry shortly");
  }

  private static void refusal(ApiResponses responses, String status, String description) {
    if (responses.containsKey(status)) {
      return;
    }
    responses.addApiResponse(
        status,
        new ApiResponse()
            .description(description)
            .content(
                new Content()
                    .addMediaType(
                        "application/problem+json",
                        new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)))));
  }

  private static Schema<?> problem() {
    Schema<?> error =
        new ObjectSchema()
            .addProperty("field", new StringSchema())
            .addProperty("message", new StringSchema());
    return new ObjectSchema()
        .description("RFC 9457 problem details; detail is meant for the user")
        .properties(
            Map.of(
                "type", new StringSchema().format("uri"),
                "title", new StringSchema(),
                "status", new IntegerSchema(),
                "detail", new StringSchema(),
                "instance", new StringSchema(),
                "errors", new ArraySchema().items(error)));
  }
}
