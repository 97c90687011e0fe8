package org.lungang.webui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Lungang web application: datasets, scenarios, solve jobs and plans behind a REST API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LungangApplication {

    public static void main(String[] args) {
        SpringApplication.run(LungangApplication.class, args);
    }
}
