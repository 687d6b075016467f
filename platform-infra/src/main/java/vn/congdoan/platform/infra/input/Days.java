package vn.congdoan.platform.infra.input;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Days as Vietnamese readers write them in messages: dd/MM/yyyy. */
public final class Days {
  private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Days() {}

  public static String show(LocalDate day) {
    return VIETNAMESE.format(day);
  }
}
