package org.techleadership.advisor.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "questionnaire_step")
public class QuestionnaireStep {

    @Id
    private int step;
    private String title;
    private String intro;

    protected QuestionnaireStep() {
    }

    public int getStep() { return step; }
    public String getTitle() { return title; }
    public String getIntro() { return intro; }
}
