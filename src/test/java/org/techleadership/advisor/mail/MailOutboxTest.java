package org.techleadership.advisor.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.techleadership.advisor.mail.internal.OutboxDelivery;
import org.techleadership.advisor.mail.internal.OutboxRows;

/** The outbox against a real SMTP server (GreenMail): sent after commit, retried, given up, sent once. */
@SpringBootTest(properties = {"advisor.mail.poll=false", "advisor.mail.from=Advisor <advisor@example.com>"})
class MailOutboxTest {

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SmtpTestServer.PORT);
    }

    @Autowired Outbox outbox;
    @Autowired MailTemplates templates;
    @Autowired OutboxDelivery delivery;
    @Autowired OutboxRows rows;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void smtpServerUp() {
        SmtpTestServer.start();
    }

    @AfterAll
    static void smtpServerAway() {
        SmtpTestServer.stop();
    }

    @Test
    void aMailQueuedInACommittedTransactionArrivesWithBothPartsAndTheLink() throws Exception {
        String to = recipient();
        String link = "https://advisor.example.com/q/AbC123?from=mail&step=1";
        MailContent content = templates.render("invitation", new MailBrand("Smith Advisory", "#a4460b", null, "+44 20 7946 0000"),
                Map.of("clientName", "Acme <Ltd>", "consultantName", "Ann Smith", "practiceName", "Smith Advisory",
                        "link", link, "personalMessage", "Hi Bob,\nas promised."));

        new TransactionTemplate(transactions).executeWithoutResult(status ->
                outbox.queue(content.to(to, "Ann Smith invites you to a short questionnaire", "INVITATION", null, null)));

        MimeMessage mail = awaitOne(to);
        assertThat(mail.getSubject()).isEqualTo("Ann Smith invites you to a short questionnaire");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("advisor@example.com");
        String html = SmtpTestServer.part(mail, "text/html");
        String text = SmtpTestServer.part(mail, "text/plain").replace("\r\n", "\n"); // SMTP carries CRLF line ends
        assertThat(html).contains("href=\"https://advisor.example.com/q/AbC123?from=mail&amp;step=1\"")
                .contains("Ann Smith of Smith Advisory invites you to answer a short questionnaire about Acme &lt;Ltd&gt;.")
                .contains("border-top:6px solid #a4460b").contains("+44 20 7946 0000")
                .contains("Made with Tech Leader Advisor").doesNotContain("<style").doesNotContain("Acme <Ltd>");
        assertThat(text).contains(link).contains("Ann Smith of Smith Advisory invites you to answer a short questionnaire about Acme <Ltd>.")
                .contains("Ann Smith writes:\n\nHi Bob,\nas promised.").contains("Smith Advisory\n+44 20 7946 0000\nMade with Tech Leader Advisor")
                .doesNotContain("<p").doesNotContain("&lt;").doesNotContain("&amp;");
        assertThat(statusOf(to)).isEqualTo("SENT");
    }

    @Test
    void aMailQueuedInARolledBackTransactionNeverLeaves() {
        String to = recipient();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outbox.queue(mail(to, null, null));
            status.setRollbackOnly();
        });
        // the mail thread takes its work in order: once a later mail is out, the first would have been too
        String marker = recipient();
        outbox.queue(mail(marker, null, null));
        awaitOne(marker);
        delivery.deliverDue(Instant.now().plus(Duration.ofDays(1)));

        assertThat(SmtpTestServer.received(to)).isEmpty();
        assertThat(count("select count(*) from outgoing_mail where recipient = ?", to)).isZero();
    }

    @Test
    void whileTheMailServerIsDownAMailWaitsAndIsSentOnceWhenItIsBack() {
        SmtpTestServer.stop();
        String to = recipient();
        outbox.queue(mail(to, null, null));
        await().atMost(Duration.ofSeconds(10)).until(() -> attemptsOf(to) == 1);

        assertThat(statusOf(to)).isEqualTo("PENDING");
        assertThat(lastErrorOf(to)).isEqualTo("The mail server could not be reached");
        Instant now = Instant.now();
        delivery.deliverDue(now); // not due yet: the first wait is a minute
        assertThat(attemptsOf(to)).isOne();

        SmtpTestServer.start();
        assertThat(delivery.deliverDue(now.plus(Duration.ofMinutes(2)))).isPositive();
        delivery.deliverDue(now.plus(Duration.ofHours(1)));
        delivery.attempt(idOf(to), now.plus(Duration.ofHours(2)));

        assertThat(SmtpTestServer.received(to)).hasSize(1);
        assertThat(statusOf(to)).isEqualTo("SENT");
        assertThat(attemptsOf(to)).isEqualTo(2);
    }

    @Test
    void aMailLeftPendingOrHeldByACrashedInstanceIsSentByTheNextPoll() {
        String left = recipient();
        String held = recipient();
        Instant now = Instant.now();
        long leftId = storeWithoutAttempt(mail(left, null, null), now);   // the app stopped before its attempt
        long heldId = storeWithoutAttempt(mail(held, null, null), now);
        assertThat(rows.claim(heldId, now, now.plus(Duration.ofMinutes(5)))).isPresent(); // ...and this one's instance died sending

        delivery.deliverDue(now.plusSeconds(60));
        assertThat(SmtpTestServer.received(left)).hasSize(1);
        assertThat(SmtpTestServer.received(held)).isEmpty();

        delivery.deliverDue(now.plus(Duration.ofMinutes(6)));
        assertThat(SmtpTestServer.received(held)).hasSize(1);
        assertThat(statusOf(held)).isEqualTo("SENT");
        assertThat(leftId).isNotEqualTo(heldId);
    }

    @Test
    void afterTheLastAttemptAMailIsFailedAndItsConsultantSeesWhy() {
        long consultant = consultant();
        String reference = "client:" + consultant;
        String to = recipient();
        SmtpTestServer.stop();
        Instant now = Instant.now();
        storeWithoutAttempt(mail(to, consultant, reference), now);

        for (int attempt = 1; attempt <= 6; attempt++) {
            now = now.plus(Duration.ofHours(7));
            delivery.deliverDue(now);
            assertThat(attemptsOf(to)).isEqualTo(attempt);
            assertThat(statusOf(to)).isEqualTo(attempt < 6 ? "PENDING" : "FAILED");
        }
        SmtpTestServer.start();
        delivery.deliverDue(now.plus(Duration.ofDays(1)));
        assertThat(attemptsOf(to)).isEqualTo(6);
        assertThat(SmtpTestServer.received(to)).isEmpty();

        List<Delivery> shown = outbox.deliveries(consultant, reference);
        assertThat(shown).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
            assertThat(d.attempts()).isEqualTo(6);
            assertThat(d.lastError()).isEqualTo("The mail server could not be reached");
            assertThat(d.recipient()).isEqualTo(to);
            assertThat(d.kind()).isEqualTo("INVITATION");
            assertThat(d.sentAt()).isNull();
        });
        assertThat(outbox.recentFailures(consultant, Duration.ofDays(7))).extracting(Delivery::recipient).containsExactly(to);
        assertThat(outbox.deliveries(consultant, "client:other")).isEmpty();
    }

    @Test
    void aSentMailShowsAsSentAmongItsClientsDeliveriesUntilTheClientIsDeleted() {
        long consultant = consultant();
        String to = recipient();
        outbox.queue(mail(to, consultant, "client:7"));
        awaitOne(to);

        assertThat(outbox.deliveries(consultant, "client:7")).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(Delivery.Status.SENT);
            assertThat(d.sentAt()).isNotNull();
            assertThat(d.retrying()).isFalse();
        });
        assertThat(outbox.deleteFor(consultant, "client:7")).isOne();
        assertThat(outbox.deliveries(consultant, "client:7")).isEmpty();
    }

    @Test
    void aClaimedMailCannotBeClaimedAgain() {
        Instant now = Instant.now();
        long id = storeWithoutAttempt(mail(recipient(), null, null), now);

        assertThat(rows.claim(id, now, now.plus(Duration.ofMinutes(5)))).isPresent();
        assertThat(rows.claim(id, now.plusSeconds(1), now.plus(Duration.ofMinutes(6)))).isEmpty();
    }

    @Test
    void twoInstancesPollingAtOnceSendEachMailOnce() throws Exception {
        Instant now = Instant.now();
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String to = recipient();
            recipients.add(to);
            storeWithoutAttempt(mail(to, null, null), now);
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> polls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                polls.add(instances.submit(() -> {
                    together.await();
                    return delivery.deliverDue(now.plusSeconds(1));
                }));
            }
            for (Future<Integer> poll : polls) {
                poll.get();
            }
        } finally {
            instances.shutdown();
        }
        for (String to : recipients) {
            assertThat(SmtpTestServer.received(to)).as(to).hasSize(1);
            assertThat(attemptsOf(to)).as(to).isOne();
        }
    }

    // --- helpers

    private OutgoingMail mail(String to, Long consultantId, String reference) {
        return new OutgoingMail(to, "A questionnaire for you", "<p>Hello</p>", "Hello", "INVITATION", consultantId, reference);
    }

    /** A mail written as queue() writes it, but whose first attempt never ran. */
    private long storeWithoutAttempt(OutgoingMail mail, Instant now) {
        return new TransactionTemplate(transactions).execute(status -> rows.insert(mail, now));
    }

    private long consultant() {
        String name = "mail-" + UUID.randomUUID();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role, enabled, failed_logins, created_at)
                values (?, 'Ann Smith', 'x', 'CONSULTANT', true, 0, ?)""").params(name, LocalDateTime.now()).update();
        return jdbc.sql("select id from app_user where username = ?").param(name).query(Long.class).single();
    }

    private static String recipient() {
        return "r" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    }

    private MimeMessage awaitOne(String to) {
        await().atMost(Duration.ofSeconds(10)).until(() -> SmtpTestServer.received(to).size() == 1);
        return SmtpTestServer.received(to).get(0);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private String statusOf(String to) {
        return jdbc.sql("select status from outgoing_mail where recipient = ?").param(to).query(String.class).single();
    }

    private String lastErrorOf(String to) {
        return jdbc.sql("select last_error from outgoing_mail where recipient = ?").param(to).query(String.class).single();
    }

    private int attemptsOf(String to) {
        return jdbc.sql("select attempts from outgoing_mail where recipient = ?").param(to).query(Integer.class).single();
    }

    private long idOf(String to) {
        return jdbc.sql("select id from outgoing_mail where recipient = ?").param(to).query(Long.class).single();
    }
}
