package vn.congdoan.membership.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PersonalDataSettingsTest {
  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(PersonalDataConfig.class);

  @Test
  void startupFailsClearlyWithoutAMasterKey() {
    context.run(
        c ->
            assertThat(c)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("membership.personal-data.master-key is not set"));
  }

  @Test
  void startupFailsClearlyWithAKeyOfTheWrongSize() {
    context
        .withPropertyValues("membership.personal-data.master-key=c2hvcnQ=")
        .run(
            c ->
                assertThat(c)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("must be 32 bytes"));
  }

  @Test
  void aGoodKeyBindsAndIsNeverPrinted() {
    context
        .withPropertyValues("membership.personal-data.master-key=" + PersonalDataVaultTest.MASTER)
        .run(
            c ->
                assertThat(c.getBean(PersonalDataSettings.class).toString())
                    .doesNotContain(PersonalDataVaultTest.MASTER));
  }

  @Test
  void aKeyThatIsNotBase64IsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> new PersonalDataSettings("sécret-ключ"))
        .hasMessage("membership.personal-data.master-key is not valid base64");
  }
}
