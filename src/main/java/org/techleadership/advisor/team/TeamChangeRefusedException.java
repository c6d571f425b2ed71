package org.techleadership.advisor.team;

/** A change to a team that its rules refuse (too many members, a label twice, too few answers to close); the message says why. */
public class TeamChangeRefusedException extends RuntimeException {

    public TeamChangeRefusedException(String message) {
        super(message);
    }
}
