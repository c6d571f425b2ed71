package org.techleadership.advisor.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.techleadership.advisor.mail.internal.OutboxDelivery;

/** No spring.mail.host: the app starts, e-mail is "not available", and queuing refuses without harm. */
@SpringBootTest
class WithoutMailSettingsTest {

    @Autowired Outbox outbox;
    @Autowired OutboxDelivery delivery;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void withoutAMailHostThereIsNoEmailAndTheAppRunsAll() {
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
        assertThat(outbox.available()).isFalse();
        assertThat(delivery.deliverDue(java.time.Instant.now())).isZero();
    }

    @Test
    void queuingRefusesButTheCallersOwnChangeStillCommits() {
        String name = "nomail-" + UUID.randomUUID();
        OutgoingMail mail = new OutgoingMail("anna@example.com", "Subject", "<p>Hi</p>", "Hi", "INVITATION", null, null);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into app_user (username, display_name, password_hash, role, enabled, failed_logins, created_at)
                    values (?, 'Ann Smith', 'x', 'CONSULTANT', true, 0, ?)""").params(name, LocalDateTime.now()).update();
            assertThatThrownBy(() -> outbox.queue(mail)).isInstanceOf(MailUnavailableException.class);
        });

        assertThat(jdbc.sql("select count(*) from app_user where username = ?").param(name).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from outgoing_mail where recipient = 'anna@example.com' and kind = 'INVITATION'")
                .query(Long.class).single()).isZero();
    }
}
