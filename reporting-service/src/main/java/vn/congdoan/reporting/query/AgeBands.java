package vn.congdoan.reporting.query;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The age bands the dashboards and reports use, by age reached in the year counted. A member whose
 * birth year is unknown is in no band.
 */
final class AgeBands {
  static final String UNDER_30 = "under30";
  private static final String[] DECADES = {"30-39", "40-49", "50-59"};
  static final String FROM_60 = "60+";

  private AgeBands() {}

  static Map<String, Long> of(Map<Integer, Long> byBirthYear, int year) {
    Map<String, Long> bands = new LinkedHashMap<>();
    bands.put(UNDER_30, 0L);
    for (String decade : DECADES) {
      bands.put(decade, 0L);
    }
    bands.put(FROM_60, 0L);
    byBirthYear.forEach(
        (born, count) -> {
          if (born != null) {
            bands.merge(band(year - born), count, Long::sum);
          }
        });
    return bands;
  }

  static String band(int age) {
    if (age < 30) {
      return UNDER_30;
    }
    return age >= 60 ? FROM_60 : DECADES[(age - 30) / 10];
  }
}
