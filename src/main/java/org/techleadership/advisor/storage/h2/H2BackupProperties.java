package org.techleadership.advisor.storage.h2;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

/**
 * advisor.h2.backup.*: when the app backs the embedded database up by itself (a cron expression or a
 * macro such as {@code @daily}, the server's midnight; {@code -} for never) and how many of its backups
 * it keeps, the newest first.
 */
@ConfigurationProperties("advisor.h2.backup")
record H2BackupProperties(@DefaultValue("@daily") String schedule, @DefaultValue("7") int keep) {

    H2BackupProperties {
        if (!Scheduled.CRON_DISABLED.equals(schedule) && !CronExpression.isValidExpression(schedule)) {
            throw new IllegalArgumentException("advisor.h2.backup.schedule must be a cron expression such as"
                    + " \"0 30 2 * * *\" (every day at 2:30), a macro such as @daily, or - for never; not \""
                    + schedule + "\"");
        }
        if (keep < 1) {
            throw new IllegalArgumentException("advisor.h2.backup.keep must be 1 or more, not " + keep);
        }
    }
}
