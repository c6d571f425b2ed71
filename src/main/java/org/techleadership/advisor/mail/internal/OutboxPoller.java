package org.techleadership.advisor.mail.internal;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.techleadership.advisor.mail.MailSettings;

/**
 * Every {@code advisor.mail.poll-interval}, sends what is due: retries, mails whose first attempt
 * never ran (a restart, a full queue) and mails a crashed instance held. Off with
 * {@code advisor.mail.poll=false} (tests call {@link OutboxDelivery#deliverDue} themselves).
 */
@Component
@ConditionalOnBooleanProperty(name = "advisor.mail.poll", matchIfMissing = true)
class OutboxPoller implements SchedulingConfigurer {

    private final MailThread thread;
    private final MailSettings settings;

    OutboxPoller(MailThread thread, MailSettings settings) {
        this.thread = thread;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        // a first look soon after start picks up what the last run left PENDING
        registrar.addFixedDelayTask(new FixedDelayTask(thread::pollSoon, settings.pollInterval(), Duration.ofSeconds(10)));
    }
}
