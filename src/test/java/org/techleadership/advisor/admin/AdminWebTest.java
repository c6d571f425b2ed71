package org.techleadership.advisor.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.practice.Brands;
import org.techleadership.advisor.practice.PracticeService;
import org.techleadership.advisor.system.AccessDeniedPages;
import org.techleadership.advisor.system.SecurityConfig;

/**
 * A web slice of admin controllers with the app's real security rules. The filters the slice picks
 * up need a meter registry, the assessments and brands (the share-page cache); all are stand-ins here,
 * as are the practices the accounts page offers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({SecurityConfig.class, AccessDeniedPages.class, AdminWebTest.Filters.class})
@MockitoBean(types = {AssessmentService.class, Brands.class, PracticeService.class,
        org.techleadership.advisor.sharing.LinkOpenings.class})
@interface AdminWebTest {

    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};

    @TestConfiguration(proxyBeanMethods = false)
    class Filters {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
