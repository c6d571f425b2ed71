package org.techleadership.advisor.mail.internal;

import java.util.Optional;
import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The SMTP server of {@code spring.mail.*}, or none. Boot's {@link JavaMailSender} when it made one;
 * otherwise, when {@code spring.mail.host} is set after all, one made here from the same settings.
 * That is the ahead-of-time launch (docs/deployment.md): its beans are those of the build, which
 * had no mail host, so Boot's sender never exists there. (This one takes no spring.mail.ssl bundle;
 * {@code spring.mail.properties.mail.smtp.*} covers STARTTLS and SSL.)
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
public class SmtpServer {

    private final JavaMailSender sender;

    SmtpServer(ObjectProvider<JavaMailSender> boots, MailProperties settings) {
        JavaMailSender made = boots.getIfAvailable();
        this.sender = made != null ? made : StringUtils.hasText(settings.getHost()) ? senderFor(settings) : null;
    }

    /** The sender, or empty when this installation sends no e-mail. */
    public Optional<JavaMailSender> sender() {
        return Optional.ofNullable(sender);
    }

    static JavaMailSenderImpl senderFor(MailProperties settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.getHost());
        if (settings.getPort() != null) {
            sender.setPort(settings.getPort());
        }
        sender.setUsername(settings.getUsername());
        sender.setPassword(settings.getPassword());
        sender.setProtocol(settings.getProtocol());
        if (settings.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(settings.getDefaultEncoding().name());
        }
        Properties properties = new Properties();
        properties.putAll(settings.getProperties());
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
