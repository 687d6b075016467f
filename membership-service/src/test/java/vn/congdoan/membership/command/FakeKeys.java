package vn.congdoan.membership.command;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.congdoan.membership.api.MemberId;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.SealedPersonalData;

/** Seals by name only, so tests can predict the sealed value; remembers erasures. */
class FakeKeys implements PersonalDataSealer {
  final Set<MemberId> erased = new HashSet<>();

  static SealedPersonalData sealed(PersonalData data) {
    return new SealedPersonalData("FAKE", data.fullName() + "|" + data.dateOfBirth());
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
    throw new UnsupportedOperationException("commands never open personal data");
  }

  @Override
  public void erase(MemberId id) {
    erased.add(id);
  }
}
