package org.techleadership.advisor.consultant;

/** What the consultant says about a client: the name is required, the rest optional. */
public record ClientDetails(String name, String contactName, String contactEmail, String notes, boolean reminders) {

    public static ClientDetails named(String name) {
        return new ClientDetails(name, null, null, null, true);
    }
}
