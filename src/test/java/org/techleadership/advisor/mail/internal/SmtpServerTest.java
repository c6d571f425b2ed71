package org.techleadership.advisor.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** E-mail is on exactly when spring.mail.host is set, also where Boot made no sender (the AOT launch). */
class SmtpServerTest {

    private final StaticListableBeanFactory beans = new StaticListableBeanFactory();

    @Test
    void withoutAMailHostThereIsNoSender() {
        assertThat(new SmtpServer(beans.getBeanProvider(JavaMailSender.class), new MailProperties()).sender()).isEmpty();
    }

    @Test
    void bootsSenderIsUsedWhenBootMadeOne() {
        JavaMailSenderImpl boots = new JavaMailSenderImpl();
        beans.addBean("mailSender", boots);
        assertThat(new SmtpServer(beans.getBeanProvider(JavaMailSender.class), new MailProperties()).sender()).containsSame(boots);
    }

    @Test
    void aMailHostSetWhereBootMadeNoSenderStillTurnsEmailOn() {
        MailProperties settings = new MailProperties();
        settings.setHost("smtp.example.com");
        settings.setPort(2525);
        settings.setUsername("advisor");
        settings.setPassword("secret");
        settings.setDefaultEncoding(StandardCharsets.UTF_8);
        settings.getProperties().put("mail.smtp.timeout", "10000");

        JavaMailSender sender = new SmtpServer(beans.getBeanProvider(JavaMailSender.class), settings).sender().orElseThrow();

        assertThat(sender).isInstanceOfSatisfying(JavaMailSenderImpl.class, made -> {
            assertThat(made.getHost()).isEqualTo("smtp.example.com");
            assertThat(made.getPort()).isEqualTo(2525);
            assertThat(made.getUsername()).isEqualTo("advisor");
            assertThat(made.getPassword()).isEqualTo("secret");
            assertThat(made.getDefaultEncoding()).isEqualTo("UTF-8");
            assertThat(made.getJavaMailProperties()).containsEntry("mail.smtp.timeout", "10000");
        });
    }
}
