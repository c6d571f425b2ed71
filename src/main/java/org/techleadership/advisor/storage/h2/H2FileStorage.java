package org.techleadership.advisor.storage.h2;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What only an embedded H2 database in a file needs; nothing of it exists on PostgreSQL. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:')")
@EnableConfigurationProperties(H2HousekeepingProperties.class)
class H2FileStorage {

    @Bean
    H2Housekeeping h2Housekeeping(DataSource dataSource, H2HousekeepingProperties settings) {
        return new H2Housekeeping(dataSource, settings);
    }
}
