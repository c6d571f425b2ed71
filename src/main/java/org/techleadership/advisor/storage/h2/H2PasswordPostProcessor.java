package org.techleadership.advisor.storage.h2;

import java.nio.file.Files;
import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Prepares the pool of an H2 file before anyone (Flyway first) opens a connection: the data folder and
 * the database's files owner-only, and the pool's password the database's own ({@link H2Password}). A
 * password the operator set ({@code spring.datasource.password}) is used as it is. Any other pool (an
 * in-memory H2, PostgreSQL) is left alone. Runs after the pool's settings are bound (lowest order).
 */
class H2PasswordPostProcessor implements BeanPostProcessor, EnvironmentAware, Ordered {

    private static final Logger log = LoggerFactory.getLogger(H2PasswordPostProcessor.class);

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            H2FileLocation.of(pool.getJdbcUrl()).ifPresent(location -> prepare(pool, location));
        }
        return bean;
    }

    private void prepare(HikariDataSource pool, H2FileLocation location) {
        if (pool.getJdbcUrl().toUpperCase(Locale.ROOT).replace(" ", "").contains("AUTO_SERVER=TRUE")) {
            log.warn("spring.datasource.url has AUTO_SERVER=TRUE: H2 will listen on a TCP port of every network"
                    + " interface. The app needs no such port; remove the setting.");
        }
        OwnerOnly.folder(location.folder());
        String operators = environment.getProperty("spring.datasource.password",
                environment.getProperty("spring.datasource.hikari.password"));
        if (operators == null) {
            pool.setPassword(new H2Password(location, pool.getJdbcUrl(), pool.getUsername()).prepare());
        } else if (operators.isEmpty()) {
            log.warn("spring.datasource.password is set, and empty: the H2 database {} has no password",
                    location.dataFile());
        } else {
            log.info("The H2 database {} is opened with spring.datasource.password", location.dataFile());
        }
        OwnerOnly.filesIn(location.folder(), location.name() + ".", "db-password");
        if (Files.isDirectory(location.backups())) {
            OwnerOnly.folder(location.backups());
            OwnerOnly.filesIn(location.backups(), "");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
