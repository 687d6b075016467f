package vn.congdoan.platform.infra.wire;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import vn.congdoan.platform.api.WireName;

/** Every {@link WireName} on the class path, both ways: name to class and class to name. */
public final class WireNames {
  private final Map<String, Class<?>> byName = new HashMap<>();
  private final Map<Class<?>, String> byClass = new HashMap<>();

  /** Scans {@code basePackage} for classes annotated with {@link WireName}. */
  public static WireNames scan(String basePackage) {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(WireName.class));
    var names = new WireNames();
    for (var candidate : scanner.findCandidateComponents(basePackage)) {
      names.register(ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
    }
    return names;
  }

  public WireNames register(Class<?> type) {
    String name = type.getAnnotation(WireName.class).value();
    Class<?> previous = byName.putIfAbsent(name, type);
    if (previous != null && previous != type) {
      throw new IllegalStateException(
          "Wire name "
              + name
              + " is used by both "
              + previous.getName()
              + " and "
              + type.getName());
    }
    byClass.put(type, name);
    return this;
  }

  public Optional<String> nameOf(Class<?> type) {
    return Optional.ofNullable(byClass.get(type));
  }

  public Optional<Class<?>> classOf(String name) {
    return Optional.ofNullable(byName.get(name));
  }
}
