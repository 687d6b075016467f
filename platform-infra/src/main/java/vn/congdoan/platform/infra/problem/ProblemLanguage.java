package vn.congdoan.platform.infra.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.Refused;

/**
 * The language a refusal's title and detail are written in: Vietnamese, unless the request's
 * Accept-Language prefers English. Read from the header itself, so that filters (which refuse
 * before Spring MVC has resolved a locale) answer in the same language as controllers.
 */
public final class ProblemLanguage {
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final List<Locale> SPOKEN = List.of(VIETNAMESE, Locale.ENGLISH);

  private ProblemLanguage() {}

  /** {@code english} in the current request's language; the key is its type's slug. */
  public static String title(String english, String slug) {
    if (!vietnamese()) {
      return english;
    }
    try {
      return ResourceBundle.getBundle("problem-titles", VIETNAMESE).getString(slug);
    } catch (MissingResourceException e) {
      return english;
    }
  }

  /** What {@code e} tells the caller: its refusal in the request's language, else its message. */
  public static String detail(Throwable e) {
    if (e instanceof Refused r && r.refusal().isPresent()) {
      return r.refusal().get().in(locale());
    }
    return e.getMessage();
  }

  /** {@code refusal} in the current request's language. */
  public static String detail(Refusal refusal) {
    return refusal.in(locale());
  }

  public static Locale locale() {
    return vietnamese() ? VIETNAMESE : Locale.ENGLISH;
  }

  private static boolean vietnamese() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
      return true;
    }
    HttpServletRequest request = attrs.getRequest();
    String header = request.getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return true;
    }
    try {
      Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header), SPOKEN);
      return chosen == null || chosen.equals(VIETNAMESE);
    } catch (IllegalArgumentException malformed) {
      return true;
    }
  }
}
