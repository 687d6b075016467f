package vn.congdoan.gateway;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * What a browser is told about everything this origin sends, the web app's own files included: no
 * guessing content types, no framing by another site (clickjacking), no address leaked to links
 * followed. The services set the same on their answers; the page's files have only this.
 */
@Component
class BrowserHeaders implements WebFilter {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    exchange
        .getResponse()
        .beforeCommit(
            () -> {
              HttpHeaders headers = exchange.getResponse().getHeaders();
              headers.set("X-Content-Type-Options", "nosniff");
              headers.set("X-Frame-Options", "DENY");
              headers.set("Referrer-Policy", "no-referrer");
              return Mono.empty();
            });
    return chain.filter(exchange);
  }
}
