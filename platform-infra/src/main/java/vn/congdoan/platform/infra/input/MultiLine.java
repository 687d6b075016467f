package vn.congdoan.platform.infra.input;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text of a request that may run over several lines (prose, a signature block's title): it may
 * hold line breaks and tabs. Every other text is one line: names, titles, ids.
 */
@Documented
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.METHOD,
  ElementType.RECORD_COMPONENT
})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {}
