package org.techleadership.advisor.team;

/** The round is closed: answers and members no longer change, and the result is the one it closed with. */
public class TeamClosedException extends RuntimeException {

    public TeamClosedException() {
        super("This team's round is closed: its answers no longer change.");
    }
}
