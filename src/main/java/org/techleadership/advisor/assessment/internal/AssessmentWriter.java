package org.techleadership.advisor.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.techleadership.advisor.assessment.Assessment;

/**
 * Stores new assessments, several to a transaction when several arrive at once (group commit).
 * <p>
 * A commit is the expensive part of making an assessment: on H2 with {@code WRITE_DELAY=0} each
 * one writes a new chunk of the file, on PostgreSQL each one waits for the write-ahead log. One
 * writer thread takes whatever is waiting, up to {@value #MAX_GROUP}, and stores it in one
 * transaction; each caller gets its assessment back only after that commit, so an assessment
 * that was answered is always in the database. A caller already inside a transaction (a
 * questionnaire's last step, which also closes the draft) stores it in that transaction instead.
 * <p>
 * If a group fails on a constraint, its assessments are stored again one by one, so one bad row
 * fails only its own request. Any other failure (the database away) fails the whole group at once.
 */
@Component
public class AssessmentWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AssessmentWriter.class);
    static final int MAX_GROUP = 64;
    private static final long MAX_WAIT_SECONDS = 30;

    private record Pending(Supplier<Assessment> assessment, CompletableFuture<Assessment> stored) {}

    private final AssessmentRepository assessments;
    private final TransactionTemplate transaction;
    private final DistributionSummary groupSizes;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>(4 * MAX_GROUP);
    private volatile ScheduledThreadPoolExecutor timeouts = timeouts(); // replaced on each start
    private volatile Thread writer;

    AssessmentWriter(AssessmentRepository assessments, PlatformTransactionManager transactions, MeterRegistry meters) {
        this.assessments = assessments;
        this.transaction = new TransactionTemplate(transactions);
        this.groupSizes = DistributionSummary.builder("advisor.assessments.commit.group")
                .description("Assessments stored in one transaction").register(meters);
    }

    /** Stores the assessment and returns it once it is committed (or joined the caller's transaction). */
    public Assessment store(Supplier<Assessment> assessment) {
        try {
            return storeLater(assessment).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryTimeoutException("Interrupted while the assessment was being stored", e);
        }
    }

    /**
     * Stores the assessment; the future completes once it is committed. The caller's thread is free
     * meanwhile: the API's requests wait for their group without holding one of the few request
     * threads, so a group can be as large as the number of requests in flight. Inside a transaction,
     * or when the writer is not running or its queue is full, it is stored at once on this thread.
     */
    public CompletableFuture<Assessment> storeLater(Supplier<Assessment> assessment) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return CompletableFuture.completedFuture(assessments.save(assessment.get()));
        }
        Pending pending = new Pending(assessment, new CompletableFuture<>());
        if (writer == null || !waiting.offer(pending) || (writer == null && waiting.remove(pending))) {
            return CompletableFuture.completedFuture(saveAlone(assessment)); // not running, or a full queue
        }
        ScheduledThreadPoolExecutor deadlines = timeouts;
        try {
            ScheduledFuture<?> deadline = deadlines.schedule(() -> giveUp(pending), MAX_WAIT_SECONDS, TimeUnit.SECONDS);
            pending.stored().whenComplete((stored, failure) -> deadline.cancel(false));
        } catch (RejectedExecutionException stopping) {
            // stopping: the writer stores whatever waits before it ends, so no deadline is needed
        }
        return pending.stored();
    }

    /**
     * Fails with a timeout only if the assessment is still waiting, and takes it out of the queue
     * then: an assessment the writer has already taken is stored or fails, and the caller hears
     * which. A client told "failed" never finds a stored duplicate of its attempt afterwards.
     */
    private void giveUp(Pending pending) {
        if (waiting.remove(pending)) {
            pending.stored().completeExceptionally(new QueryTimeoutException(
                    "The assessment was not stored within " + MAX_WAIT_SECONDS + " s"));
        }
    }

    private static ScheduledThreadPoolExecutor timeouts() {
        ScheduledThreadPoolExecutor timeouts = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "assessment-writer-timeouts");
            thread.setDaemon(true);
            return thread;
        });
        timeouts.setRemoveOnCancelPolicy(true); // a stored assessment leaves no timer behind
        return timeouts;
    }

    private void writeGroups() {
        try {
            writeUntilStopped();
        } finally {
            // stopped, interrupted or broken: callers store on their own threads from now on,
            // and whatever still waits is stored here, one by one
            writer = null;
            boolean interrupted = Thread.interrupted(); // an interrupt would break the database's file I/O
            for (Pending p; (p = waiting.poll()) != null; ) {
                storeAlone(p);
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** In a transaction of its own, on the calling thread. */
    private Assessment saveAlone(Supplier<Assessment> assessment) {
        return transaction.execute(status -> assessments.save(assessment.get()));
    }

    private void storeAlone(Pending p) {
        try {
            p.stored().complete(saveAlone(p.assessment()));
        } catch (Throwable alone) {
            p.stored().completeExceptionally(alone);
        }
    }

    private void writeUntilStopped() {
        List<Pending> group = new ArrayList<>(MAX_GROUP);
        while (true) {
            try {
                Pending first = waiting.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    group.add(first);
                    waiting.drainTo(group, MAX_GROUP - 1);
                    write(group);
                } else if (writer == null) {
                    waiting.drainTo(group); // stopped: whatever came in meanwhile, then end
                    if (!group.isEmpty()) {
                        write(group);
                    }
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                log.error("Storing a group of assessments failed unexpectedly", e);
                group.forEach(p -> p.stored().completeExceptionally(e));
                if (e instanceof Error error) {
                    throw error; // the finally of writeGroups() hands the queue back to the callers
                }
            } finally {
                group.clear();
            }
        }
    }

    private void write(List<Pending> group) {
        groupSizes.record(group.size());
        try {
            List<Assessment> stored = transaction.execute(status -> {
                List<Assessment> saved = new ArrayList<>(group.size());
                for (Pending p : group) {
                    saved.add(assessments.save(p.assessment().get()));
                }
                return saved;
            });
            for (int i = 0; i < group.size(); i++) {
                group.get(i).stored().complete(stored.get(i));
            }
        } catch (DataIntegrityViolationException e) {
            if (group.size() == 1) {
                group.get(0).stored().completeExceptionally(e);
                return;
            }
            for (Pending p : group) { // fresh objects: the failed transaction may have given the first ones ids
                storeAlone(p);
            }
        } catch (RuntimeException e) {
            group.forEach(p -> p.stored().completeExceptionally(e));
        }
    }

    @Override
    public void start() {
        if (timeouts.isShutdown()) {
            timeouts = timeouts();
        }
        Thread thread = new Thread(this::writeGroups, "assessment-writer");
        thread.setDaemon(true);
        writer = thread;
        thread.start();
    }

    /** Stops after the web server (a lower phase): requests still in flight get their answer first. */
    @Override
    public void stop() {
        Thread thread = writer;
        writer = null; // new callers now store on their own thread; the writer empties the queue, then ends
        ScheduledThreadPoolExecutor ending = timeouts;
        if (ending != null) {
            ending.shutdownNow();
        }
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(MAX_WAIT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
