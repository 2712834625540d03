package nl.regie.registration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The registration module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatrixSettings.class)
class RegistrationConfiguration {

}
