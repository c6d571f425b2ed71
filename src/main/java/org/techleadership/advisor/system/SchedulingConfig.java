package org.techleadership.advisor.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work: the catalogue's version check and, on H2, the file's housekeeping. */
@Configuration
@EnableScheduling
public class SchedulingConfig {
}
