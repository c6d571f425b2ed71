package org.techleadership.advisor.mail.internal;

import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one thread of this instance that talks to the SMTP server. A request never waits for it, and
 * neither does the scheduler's single thread (the catalogue's refresh shares it). Its queue is
 * bounded: a task it drops when full is no loss, the mail stays PENDING for the next poll.
 */
@Component
public class MailThread {

    private static final Logger log = LoggerFactory.getLogger(MailThread.class);

    private final OutboxDelivery delivery;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1000), runnable -> {
                Thread thread = new Thread(runnable, "mail-sender");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());
    private final AtomicBoolean pollWaiting = new AtomicBoolean();

    MailThread(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    /** A first attempt once the mail's transaction has committed: a rolled-back change sends nothing. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void queued(MailQueued mail) {
        executor.execute(() -> safely(() -> delivery.attempt(mail.id(), Instant.now())));
    }

    /** Sends what is due, unless a poll is already waiting for the thread. */
    public void pollSoon() {
        if (pollWaiting.compareAndSet(false, true)) {
            executor.execute(() -> {
                pollWaiting.set(false);
                safely(() -> delivery.deliverDue(Instant.now()));
            });
        }
    }

    private static void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // the database away, most likely: what was not recorded is tried again by the next poll
            log.warn("Mail delivery stopped: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(15, TimeUnit.SECONDS);
    }
}
