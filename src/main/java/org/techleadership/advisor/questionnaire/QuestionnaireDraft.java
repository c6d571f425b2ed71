package org.techleadership.advisor.questionnaire;

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

/**
 * Questionnaire progress, kept in the database under an unguessable token so that any instance
 * can continue it and a "continue later" link survives restarts.
 */
@Entity
@Table(name = "questionnaire_draft")
public class QuestionnaireDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String token;
    private int currentStep;
    private String clientLabel;
    private String assessmentToken;
    private Long consultantId;
    private Long clientId;
    private boolean answeringAgain;
    private String answererKey;
    private boolean reviewFirst;
    /** The practice's slug when started from its own link (/p/{slug}); null otherwise. */
    private String publicLink;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant startedAt;
    private Instant cancelledAt;

    @ElementCollection
    @CollectionTable(name = "draft_answer", joinColumns = @JoinColumn(name = "draft_id"))
    @MapKeyColumn(name = "question_key")
    @Column(name = "option_key")
    private Map<String, String> answers = new LinkedHashMap<>();

    protected QuestionnaireDraft() {
    }

    /** consultantId is set when a consultant invited the client; null for a business owner on their own. */
    public QuestionnaireDraft(String token, String clientLabel, Long consultantId, Instant now) {
        this(token, clientLabel, consultantId, null, now);
    }

    /** An invitation of a consultant's client record. */
    public QuestionnaireDraft(String token, String clientLabel, Long consultantId, Long clientId, Instant now) {
        this.token = token;
        this.clientLabel = clientLabel;
        this.consultantId = consultantId;
        this.clientId = clientId;
        this.currentStep = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * A questionnaire started from a practice's own link: its consultant's, with no client until the
     * person leaves their details, and not an invitation (see {@link #isInvitation()}).
     */
    static QuestionnaireDraft fromPublicLink(String token, String slug, long consultantId, Instant now) {
        QuestionnaireDraft draft = new QuestionnaireDraft(token, null, consultantId, null, now);
        draft.publicLink = slug;
        return draft;
    }

    /** A copy of a stored draft, read without JPA (see DraftReads); saving it is never meant. */
    static QuestionnaireDraft copyOf(long id, String token, int currentStep, String clientLabel, String assessmentToken,
                                     Long consultantId, Long clientId, boolean answeringAgain, String answererKey,
                                     boolean reviewFirst, String publicLink, Instant createdAt, Instant updatedAt,
                                     Instant startedAt, Instant cancelledAt) {
        QuestionnaireDraft draft = new QuestionnaireDraft(token, clientLabel, consultantId, clientId, createdAt);
        draft.publicLink = publicLink;
        draft.reviewFirst = reviewFirst;
        draft.startedAt = startedAt;
        draft.cancelledAt = cancelledAt;
        draft.id = id;
        draft.answererKey = answererKey;
        draft.answeringAgain = answeringAgain;
        draft.currentStep = currentStep;
        draft.assessmentToken = assessmentToken;
        draft.updatedAt = updatedAt;
        return draft;
    }

    /** The first answer given: from now on the invitation counts as started. True the first time only. */
    boolean start(Instant now) {
        if (startedAt != null) {
            return false;
        }
        startedAt = now;
        return true;
    }

    /** The consultant cancelled the invitation: its link says so and takes no more answers. */
    void cancel(Instant now) {
        this.cancelledAt = now;
        this.updatedAt = now;
    }

    /**
     * The consultant's choice for this client: their takes are held until the consultant adds advice
     * and releases them. Kept here because the questionnaire makes the take and knows no client records.
     */
    void reviewFirst(boolean reviewFirst) {
        this.reviewFirst = consultantId != null && reviewFirst;
    }

    /** The person left their details: the questionnaire now belongs to this client record of its consultant. */
    void becameLead(long clientId, String clientLabel) {
        this.clientId = clientId;
        this.clientLabel = clientLabel;
    }

    /** The client record was renamed: the invitation's pages say "Prepared for" the new name. */
    void relabel(String clientLabel) {
        this.clientLabel = clientLabel;
    }

    void answer(String questionKey, String optionKey) {
        if (optionKey == null) {
            answers.remove(questionKey);
        } else {
            answers.put(questionKey, optionKey);
        }
    }

    void moveTo(int step, Instant now) {
        this.currentStep = step;
        this.updatedAt = now;
    }

    void completed(String assessmentToken, Instant now) {
        this.assessmentToken = assessmentToken;
        this.answeringAgain = false;
        this.updatedAt = now;
    }

    /** The person chose to answer again: the steps open, from the first, with the answers kept. */
    void answerAgain(Instant now) {
        this.answeringAgain = true;
        this.currentStep = 1;
        this.updatedAt = now;
    }

    /**
     * A consultant's invitation of one client: made for one person. A questionnaire from a
     * practice's own link has a consultant too, but anyone who has its link answers it.
     */
    public boolean isInvitation() {
        return consultantId != null && publicLink == null;
    }

    /** Started from a practice's own link, and the person has not left their details yet. */
    public boolean awaitsLead() {
        return publicLink != null && clientId == null;
    }

    /**
     * Whether a browser holding this key (null: none) may answer. Only an invitation has one
     * respondent: the first browser to answer claims it, and others are asked before they see it.
     */
    public boolean answerableBy(String key) {
        return !isInvitation() || answererKey == null || answererKey.equals(key);
    }

    /** The first answer of an invitation claims it for the browser that gave it. */
    void claimFor(String key) {
        if (isInvitation() && answererKey == null && key != null) {
            answererKey = key;
        }
    }

    /** The person answering moved to another browser: that one answers from now on. */
    void handOverTo(String key) {
        if (isInvitation()) {
            answererKey = key;
        }
    }

    /** The key of the browser answering this invitation (null until its first answer). */
    public String getAnswererKey() { return answererKey; }

    /** Finished, and the steps are closed: the link shows the result. */
    public boolean isClosed() {
        return assessmentToken != null && !answeringAgain;
    }

    public Long getId() { return id; }
    public String getToken() { return token; }
    public int getCurrentStep() { return currentStep; }
    public String getClientLabel() { return clientLabel; }
    public String getAssessmentToken() { return assessmentToken; }
    public Long getConsultantId() { return consultantId; }
    public Long getClientId() { return clientId; }
    public boolean isReviewFirst() { return reviewFirst; }
    public String getPublicLink() { return publicLink; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getCancelledAt() { return cancelledAt; }
    public boolean isCancelled() { return cancelledAt != null; }
    public boolean isAnsweringAgain() { return answeringAgain; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Map<String, String> getAnswers() { return answers; }
}
