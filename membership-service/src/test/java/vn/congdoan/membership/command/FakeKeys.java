package vn.congdoan.membership.command;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.SealedPersonalData;
import vn.congdoan.platform.api.MemberId;

/**
 * Seals as readable text, so tests can predict the sealed value, and opens it again unless the
 * member was erased; remembers erasures.
 */
class FakeKeys implements PersonalDataSealer {
  final Set<MemberId> erased = new HashSet<>();

  static SealedPersonalData sealed(PersonalData data) {
    return new SealedPersonalData(
        "FAKE",
        String.join(
            "|",
            data.fullName(),
            String.valueOf(data.dateOfBirth()),
            String.valueOf(data.phone()),
            String.valueOf(data.email())));
  }

  static PersonalData opened(SealedPersonalData sealed) {
    String[] f = sealed.data().split("\\|", -1);
    return new PersonalData(
        f[0], "null".equals(f[1]) ? null : LocalDate.parse(f[1]), orNull(f[2]), orNull(f[3]));
  }

  private static String orNull(String field) {
    return "null".equals(field) ? null : field;
  }

  @Override
  public SealedPersonalData seal(MemberId id, PersonalData data) {
    erased.remove(id);
    return sealed(data);
  }

  @Override
  public Map<MemberId, SealedPersonalData> sealAll(Map<MemberId, PersonalData> data) {
    Map<MemberId, SealedPersonalData> result = new HashMap<>();
    data.forEach((id, d) -> result.put(id, seal(id, d)));
    return result;
  }

  @Override
  public Map<MemberId, PersonalData> openAll(Map<MemberId, SealedPersonalData> sealed) {
    Map<MemberId, PersonalData> open = new HashMap<>();
    sealed.forEach(
        (id, s) -> {
          if (!erased.contains(id)) {
            open.put(id, opened(s));
          }
        });
    return open;
  }

  @Override
  public void erase(MemberId id) {
    erased.add(id);
  }
}
