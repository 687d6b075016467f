package vn.congdoan.platform.infra.web;

import java.io.IOException;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import vn.congdoan.platform.infra.problem.Problems;

/**
 * What Tomcat refuses before any application code runs (a NUL or an encoded slash in the address)
 * is answered as problem+json, like every other refusal, instead of Tomcat's HTML page.
 */
public class ProblemReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    HttpStatus answer = known == null ? HttpStatus.BAD_REQUEST : known;
    try {
      response.setSuspended(false);
      Problems.write(response, answer, answer.getReasonPhrase(), Problems.beforeHandling(answer));
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the answer already started: nothing more can be said.
    }
  }

  /** Puts this valve in place of every other error report on the host, after Boot has added its. */
  public static class Installer
      implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(
          context -> {
            var pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
              if (valve instanceof ErrorReportValve) {
                pipeline.removeValve(valve);
              }
            }
            // The host adds its error report valve when it starts: let it be this one.
            ((StandardHost) context.getParent())
                .setErrorReportValveClass(ProblemReportValve.class.getName());
          });
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
