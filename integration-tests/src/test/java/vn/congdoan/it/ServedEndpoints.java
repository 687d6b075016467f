package vn.congdoan.it;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** What a running service serves, as its own request mappings say: "METHOD /path/{pattern}". */
final class ServedEndpoints {
  private ServedEndpoints() {}

  /** Every method and path pattern of {@code service} whose pattern starts with {@code prefix}. */
  static Set<String> of(ConfigurableApplicationContext service, String prefix) {
    Set<String> served = new TreeSet<>();
    service
        .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
        .getHandlerMethods()
        .keySet()
        .forEach(
            info ->
                info.getPatternValues().stream()
                    .filter(p -> p.startsWith(prefix))
                    .forEach(
                        p ->
                            info.getMethodsCondition()
                                .getMethods()
                                .forEach(m -> served.add(m.name() + " " + p))));
    return served;
  }
}
