package org.techleadership.advisor.team;

/** No team has this link (mistyped, or deleted: the caller checks the tombstones). */
public class TeamNotFoundException extends RuntimeException {

    public TeamNotFoundException() {
        super("No team assessment has this link.");
    }
}
