package vn.congdoan.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a user in at Keycloak the way the web app does — authorization code with PKCE for the
 * public dashboard client, the user typing a name and password into the provider's own page — but
 * over plain HTTP, so that a test gets each role's tokens without a browser.
 */
final class CodeFlow {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");
  private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

  /** What the provider answered at the token endpoint, and the access token's claims. */
  record Tokens(String access, String refresh, JsonNode claims) {}

  private CodeFlow() {}

  static Tokens signIn(Keycloak keycloak, String redirectUri, String user, String password)
      throws IOException, InterruptedException {
    var browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String verifier = random();
    String auth =
        keycloak.issuer()
            + "/protocol/openid-connect/auth?"
            + Keycloak.encoded(
                Map.of(
                    "response_type",
                    "code",
                    "client_id",
                    Keycloak.CLIENT,
                    "redirect_uri",
                    redirectUri,
                    "scope",
                    "openid",
                    "state",
                    random(),
                    "code_challenge",
                    challenge(verifier),
                    "code_challenge_method",
                    "S256"));
    var login = browser.send(get(auth), HttpResponse.BodyHandlers.ofString());
    String page = login.body();
    // The session cookies are marked Secure: a browser sends them to a loopback address over
    // plain HTTP, Java's CookieManager does not, so they are passed on by hand.
    String cookies =
        login.headers().allValues("Set-Cookie").stream()
            .map(c -> c.substring(0, c.indexOf(';')))
            .collect(Collectors.joining("; "));
    var action = FORM_ACTION.matcher(page);
    if (!action.find()) {
      throw new IllegalStateException("no sign-in form on the provider's page:\n" + page);
    }
    var signedIn =
        browser.send(
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Keycloak.encoded(Map.of("username", user, "password", password))))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String back = signedIn.headers().firstValue("Location").orElse("");
    var code = CODE.matcher(back);
    if (!back.startsWith(redirectUri) || !code.find()) {
      throw new IllegalStateException(
          user + " was not signed in (" + signedIn.statusCode() + " " + back + ")");
    }
    var answer =
        Keycloak.form(
            keycloak.issuer() + "/protocol/openid-connect/token",
            Map.of(
                "grant_type",
                "authorization_code",
                "client_id",
                Keycloak.CLIENT,
                "redirect_uri",
                redirectUri,
                "code",
                code.group(1),
                "code_verifier",
                verifier));
    var body = JSON.readTree(answer.body());
    String access = body.path("access_token").asText();
    return new Tokens(access, body.path("refresh_token").asText(), claims(access));
  }

  /** The payload of a JWT, unverified: the services verify; a test only reads what it says. */
  static JsonNode claims(String jwt) throws IOException {
    return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
  }

  private static String random() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String challenge(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
