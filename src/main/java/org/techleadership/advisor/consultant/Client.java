package org.techleadership.advisor.consultant;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A business one consultant works with: its invitations and their takes sit under it, so two
 * clients with the same name are two records with two histories. Owned by one consultant; every
 * read is scoped to them.
 */
@Entity
@Table(name = "client")
public class Client {

    /** How the client came: invited by the consultant, or through their own questionnaire link (a lead). */
    public enum Source { INVITATION, PUBLIC_LINK }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long consultantId;
    private String name;
    private String contactName;
    private String contactEmail;
    private String notes;
    private boolean reminders;
    private boolean reviewFirst;
    @Enumerated(EnumType.STRING)
    private Source source;
    private Instant consentedAt;
    private Instant archivedAt;
    private Instant createdAt;
    private Instant updatedAt;

    protected Client() {
    }

    Client(long consultantId, ClientDetails details, Source source, Instant now) {
        this.consultantId = consultantId;
        this.source = source;
        this.reminders = true;
        this.createdAt = now;
        describe(details, now);
    }

    /** Name, contact and notes as the consultant typed them (blank fields are kept as none). */
    void describe(ClientDetails details, Instant now) {
        this.name = details.name().strip();
        this.contactName = blankToNull(details.contactName());
        this.contactEmail = blankToNull(details.contactEmail());
        this.notes = blankToNull(details.notes());
        this.reminders = details.reminders();
        this.reviewFirst = details.reviewFirst();
        this.updatedAt = now;
    }

    /** A lead agreed, in the words the page showed, that the consultant may contact them. */
    void consented(Instant now) {
        this.consentedAt = now;
    }

    void archive(Instant now) {
        this.archivedAt = now;
        this.updatedAt = now;
    }

    void unarchive(Instant now) {
        this.archivedAt = null;
        this.updatedAt = now;
    }

    void touched(Instant now) {
        this.updatedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() { return id; }
    public long getConsultantId() { return consultantId; }
    public String getName() { return name; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public String getNotes() { return notes; }
    public boolean isReminders() { return reminders; }
    /** Takes of this client wait for the consultant's advice and release before the client sees them. */
    public boolean isReviewFirst() { return reviewFirst; }
    public Source getSource() { return source; }
    public Instant getConsentedAt() { return consentedAt; }
    public boolean isArchived() { return archivedAt != null; }
    public Instant getArchivedAt() { return archivedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
