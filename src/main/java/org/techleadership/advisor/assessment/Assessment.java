package org.techleadership.advisor.assessment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A finished questionnaire: its answers and the recommendation exactly as it was shown, under a
 * share token. What a reader of its link sees changes only through its own methods, each of which
 * announces itself ({@link AssessmentChanged}); {@code version} goes up with every change and is
 * the one stamp anyone may compare to know whether it changed.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends AbstractAggregateRoot<Assessment> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private String token;
    private String clientLabel;
    private Instant createdAt;
    private int catalogueVersion;
    private String primaryCode;
    private int primaryFit;
    private String resultJson;
    private Long consultantId;
    private Long draftId;
    private String adviceCode;
    private String adviceReason;
    private Instant adviceAt;
    private String adviceProfileJson;
    private Instant releasedAt;
    private String privateNote;
    private Instant revokedAt;

    @ElementCollection
    @CollectionTable(name = "assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "question_key")
    @Column(name = "option_key")
    private Map<String, String> answers = new LinkedHashMap<>();

    protected Assessment() {
    }

    public Assessment(String token, String clientLabel, Instant createdAt, int catalogueVersion, String primaryCode,
                      int primaryFit, String resultJson, Map<String, String> answers, Long consultantId, Long draftId) {
        this(token, clientLabel, createdAt, catalogueVersion, primaryCode, primaryFit, resultJson, answers, consultantId,
                draftId, false);
    }

    /** held: kept from the client (every link of it) until its consultant adds advice and releases it. */
    public Assessment(String token, String clientLabel, Instant createdAt, int catalogueVersion, String primaryCode,
                      int primaryFit, String resultJson, Map<String, String> answers, Long consultantId, Long draftId,
                      boolean held) {
        this.releasedAt = held ? null : createdAt;
        this.token = token;
        this.clientLabel = clientLabel;
        this.createdAt = createdAt;
        this.catalogueVersion = catalogueVersion;
        this.primaryCode = primaryCode;
        this.primaryFit = primaryFit;
        this.resultJson = resultJson;
        this.answers.putAll(answers);
        this.consultantId = consultantId;
        this.draftId = draftId;
    }

    /**
     * The consultant's own recommendation beside the computed one; a null code clears it. profileJson
     * is the advised role's details as the catalogue has them now, kept only for another role than
     * the computed one (the computed role's are in the stored recommendation already).
     */
    void advise(String code, String reason, String profileJson, Instant now) {
        this.adviceCode = code;
        this.adviceReason = code == null ? null : reason;
        this.adviceAt = code == null ? null : now;
        this.adviceProfileJson = code == null || code.equals(primaryCode) ? null : profileJson;
        changed();
    }

    /**
     * A held take goes to its client: its links show it from now on. Only once advice is saved (what
     * the consultant held it for); false, and nothing changes, without advice.
     */
    boolean release(Instant now) {
        if (adviceCode == null) {
            return false;
        }
        if (releasedAt == null) {
            releasedAt = now;
            changed();
        }
        return true;
    }

    /** The consultant renamed the client: "Prepared for" says the new name. */
    void relabel(String clientLabel) {
        if (!java.util.Objects.equals(this.clientLabel, clientLabel)) {
            this.clientLabel = clientLabel;
            changed();
        }
    }

    /** The consultant's private note: never shown to the client, so the share page does not change. */
    void note(String privateNote) {
        this.privateNote = privateNote;
    }

    /** Withdraws the share link: it, the PDF, the API and the owner's result page then say so instead. */
    void withdraw(Instant now) {
        this.revokedAt = now;
        changed();
    }

    void restore() {
        this.revokedAt = null;
        changed();
    }

    /** About to be deleted: whoever keeps a page of it must drop it. */
    void deleted() {
        changed();
    }

    private void changed() {
        registerEvent(new AssessmentChanged(token));
    }

    public boolean isWithdrawn() {
        return revokedAt != null;
    }

    /** Waiting for its consultant's review: no link shows it to anyone yet. */
    public boolean isHeld() {
        return releasedAt == null;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getToken() { return token; }
    public String getClientLabel() { return clientLabel; }
    public Instant getCreatedAt() { return createdAt; }
    public int getCatalogueVersion() { return catalogueVersion; }
    public String getPrimaryCode() { return primaryCode; }
    public int getPrimaryFit() { return primaryFit; }
    public String getResultJson() { return resultJson; }
    public Map<String, String> getAnswers() { return answers; }
    public Long getConsultantId() { return consultantId; }
    public Long getDraftId() { return draftId; }
    public String getAdviceCode() { return adviceCode; }
    public String getAdviceReason() { return adviceReason; }
    public Instant getAdviceAt() { return adviceAt; }
    public String getAdviceProfileJson() { return adviceProfileJson; }
    public Instant getReleasedAt() { return releasedAt; }
    public String getPrivateNote() { return privateNote; }
    public Instant getRevokedAt() { return revokedAt; }
}
