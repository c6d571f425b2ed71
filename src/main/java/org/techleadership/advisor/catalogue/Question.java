package org.techleadership.advisor.catalogue;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.ListIndexBase;

/** A question of the questionnaire; its key and its options' keys are part of the API contract. */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @Column(name = "question_key")
    private String key;
    private int position;
    private int step;
    private String prompt;
    private String help;
    private String shortLabel;

    @ElementCollection
    @CollectionTable(name = "question_option", joinColumns = @JoinColumn(name = "question_key"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<AnswerOption> options = new ArrayList<>();

    protected Question() {
    }

    /** lean values place an answer on the map: -2..2, null when the answer says nothing of that axis. */
    @Embeddable
    public record AnswerOption(@Column(name = "option_key") String key, String label, String hint, String whatIf,
                               Integer leanOutward, Integer leanFullTime) {}

    public String getKey() { return key; }
    public int getPosition() { return position; }
    public int getStep() { return step; }
    public String getPrompt() { return prompt; }
    public String getHelp() { return help; }
    public String getShortLabel() { return shortLabel; }
    public List<AnswerOption> getOptions() { return options; }

    public AnswerOption option(String optionKey) {
        return options.stream().filter(o -> o.key().equals(optionKey)).findFirst().orElse(null);
    }
}
