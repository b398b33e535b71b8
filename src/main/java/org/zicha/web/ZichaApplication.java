package org.zicha.web;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The web application. Started by {@link ServeCommand}; its data directory is made
 * absolute so that H2 accepts it.
 */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(WebSettings.class)
public class ZichaApplication {

	/**
	 * Start the application.
	 * @param args Spring Boot's arguments ({@code --name=value})
	 * @return the running context
	 */
	public static ConfigurableApplicationContext start(String... args) {
		SpringApplication application = new SpringApplication(ZichaApplication.class);
		application.setDefaultProperties(
				Map.of("zicha.data-dir", Path.of("zicha-data").toAbsolutePath().normalize().toString()));
		return application.run(args);
	}

}
