package vn.congdoan.reporting.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Real HTTP with tokens signed as the local profile signs them. */
final class ApiClient {
  static final String SECRET = "reporting-test-secret-0123456789-0123456789-0123456789";

  record Response(int status, String contentType, String body) {
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("Not JSON: " + body, e);
      }
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;

  ApiClient(int port) {
    this.port = port;
  }

  String officer(String branch) {
    return token("BRANCH_OFFICER", branch);
  }

  String staff() {
    return token("FEDERATION_STAFF", null);
  }

  String token(String role, String branch) {
    var claims =
        new JWTClaimsSet.Builder()
            .subject("test-" + role.toLowerCase())
            .claim("roles", List.of(role))
            .claim("branch", branch)
            .expirationTime(Date.from(Instant.now().plusSeconds(600)))
            .build();
    var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  Response get(String path, String token) {
    return exchange("GET " + path, authorized(path, token));
  }

  /** A request with a JSON body (none where {@code body} is null), as a client of the API sends. */
  Response send(String method, String path, String body, String token) {
    var request =
        authorized(path, token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return exchange(method + " " + path, request);
  }

  private HttpRequest.Builder authorized(String path, String token) {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private Response exchange(String what, HttpRequest.Builder request) {
    try {
      var response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(what + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET answered as raw bytes (documents, exports), with an optional {@code Accept}. */
  HttpResponse<byte[]> download(String path, String token, String accept) {
    var request = authorized(path, token);
    if (accept != null) {
      request.header("Accept", accept);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
