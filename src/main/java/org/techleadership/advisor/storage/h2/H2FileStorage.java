package org.techleadership.advisor.storage.h2;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What only an embedded H2 database in a file needs; nothing of it exists on PostgreSQL. (An
 * ahead-of-time build keeps the beans of the build, an H2 file: each of them checks the pool's URL
 * again and does nothing for another database.)
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:')")
@EnableConfigurationProperties({H2HousekeepingProperties.class, H2BackupProperties.class})
class H2FileStorage {

    /** Static: a post-processor is made before the other beans, and must not make this configuration early. */
    @Bean
    static H2PasswordPostProcessor h2PasswordPostProcessor() {
        return new H2PasswordPostProcessor();
    }

    @Bean
    H2Housekeeping h2Housekeeping(DataSource dataSource, H2HousekeepingProperties settings) {
        return new H2Housekeeping(dataSource, settings);
    }

    @Bean
    H2Backups h2Backups(DataSource dataSource, H2BackupProperties settings) {
        return new H2Backups(dataSource, settings);
    }
}
