package vn.congdoan.platform.infra.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are read through {@link Text} and {@link DayDeserializer}. Only the server's own
 * converters: what the services read from each other or from their stores was checked on the way
 * in, and must stay readable as it was kept.
 */
public class RequestJson implements WebMvcConfigurer {
  private final InputLimits limits;
  private final Clock clock;

  public RequestJson(InputLimits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /** The module, for tests that read bodies as the services do. */
  public static SimpleModule module(InputLimits limits, Clock clock) {
    return new SimpleModule("request-input")
        .addDeserializer(String.class, new TextDeserializer(false))
        .addDeserializer(LocalDate.class, new DayDeserializer(limits, clock));
  }

  /** A converter reading bodies as the services do, for controller tests outside Spring. */
  public static MappingJackson2HttpMessageConverter converter() {
    ObjectMapper mapper =
        Jackson2ObjectMapperBuilder.json()
            .build()
            .registerModule(module(InputLimits.DEFAULTS, Clock.systemUTC()));
    return new MappingJackson2HttpMessageConverter(mapper);
  }

  /** A copy of the mapper with the module, for a converter of its own (never shared). */
  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    for (int i = 0; i < converters.size(); i++) {
      if (converters.get(i) instanceof MappingJackson2HttpMessageConverter json) {
        ObjectMapper strict = json.getObjectMapper().copy().registerModule(module(limits, clock));
        converters.set(i, new MappingJackson2HttpMessageConverter(strict));
      }
    }
  }
}
