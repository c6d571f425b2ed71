package org.techleadership.advisor.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends an account's signed-in sessions, on every instance at once (they live in the database,
 * indexed by user name), once the change that calls for it is committed: switched off, a new
 * password, a one-time password, too many wrong current passwords.
 */
@Component
class SignInSessions {

    /** End every session of this user name but {@code keepSessionId} (null: keep none). */
    record EndRequested(String username, String keepSessionId) {
    }

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EndRequested request) {
        for (String id : sessions.findByPrincipalName(request.username()).keySet()) {
            if (!id.equals(request.keepSessionId())) {
                sessions.deleteById(id);
            }
        }
    }
}
