package vn.congdoan.membership.personal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PersonalDataSettings.class)
class PersonalDataConfig {}
