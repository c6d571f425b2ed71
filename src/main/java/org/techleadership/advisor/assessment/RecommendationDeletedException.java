package org.techleadership.advisor.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The result behind this link was deleted: only its tombstone says when and by whom. */
@ResponseStatus(HttpStatus.GONE)
public class RecommendationDeletedException extends RuntimeException {

    private final transient DeletedLinks.Tombstone tombstone;

    public RecommendationDeletedException(DeletedLinks.Tombstone tombstone) {
        super("This result was deleted", null, false, false);
        this.tombstone = tombstone;
    }

    public DeletedLinks.Tombstone tombstone() {
        return tombstone;
    }
}
