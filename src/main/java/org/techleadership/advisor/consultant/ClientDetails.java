package org.techleadership.advisor.consultant;

/**
 * What the consultant says about a client: the name is required, the rest optional. reviewFirst:
 * "let me add my advice before my client sees the result".
 */
public record ClientDetails(String name, String contactName, String contactEmail, String notes, boolean reminders,
                            boolean reviewFirst) {

    public ClientDetails(String name, String contactName, String contactEmail, String notes, boolean reminders) {
        this(name, contactName, contactEmail, notes, reminders, false);
    }

    public static ClientDetails named(String name) {
        return new ClientDetails(name, null, null, null, true);
    }
}
