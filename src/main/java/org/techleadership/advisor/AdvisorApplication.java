package org.techleadership.advisor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work: the catalogue's version check and, on an H2 file, its housekeeping. */
@SpringBootApplication
@EnableScheduling
public class AdvisorApplication {

    public static void main(String[] args) {
        // H2 keeps a table of recent strings to share equal copies; every stored recommendation
        // (about 11 KB of JSON) was compared against it on insert, 15% of the assessment writer's time
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
        SpringApplication.run(AdvisorApplication.class, args);
    }
}
