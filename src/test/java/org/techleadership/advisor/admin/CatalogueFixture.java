package org.techleadership.advisor.admin;

import java.util.List;

import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.catalogue.QuestionnaireStep;
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.catalogue.ScoringRule;

/** A small catalogue: one question "focus" with the options PROCESS and PRODUCT, and the roles CIO and CTO. */
final class CatalogueFixture {

    private CatalogueFixture() {
    }

    static final Question FOCUS = new Question("focus", 1, "What should the leader focus on first?",
            "Pick the nearest.", "Focus", List.of(
                    new Question.AnswerOption("PROCESS", "Improve how the business runs", "Internal work.",
                            "you focus on how the business runs", -2, null),
                    new Question.AnswerOption("PRODUCT", "Improve a product", "What customers buy.",
                            "you focus on the product", 2, null)));

    static final RoleProfile CIO = new RoleProfile("CIO", "Chief Information Officer (CIO)", "CIO",
            "Runs the technology inside.", "Looks inward.", "INWARD", "Business outcome.", "Full-time",
            "Five days a week.", "Choose a CIO if it is about how the business runs.", -70, 90,
            List.of("Own the IT budget", "Lead internal change"),
            List.of(new RoleProfile.Kpi("Uptime", "of the systems people use")),
            List.of(new RoleProfile.NextStep("First 30 days", "agree the priorities")));

    static final RoleProfile CTO = new RoleProfile("CTO", "Chief Technology Officer (CTO)", "CTO",
            "Owns the technology customers buy.", "Looks outward.", "OUTWARD", "Technical health.", "Full-time",
            "Five days a week.", "Choose a CTO if customers buy the technology.", 70, 90,
            List.of("Own the architecture"),
            List.of(new RoleProfile.Kpi("Release rate", "how often customers get changes")),
            List.of(new RoleProfile.NextStep("First 30 days", "review the architecture")));

    static CatalogueDocument document() {
        return new CatalogueDocument(1, List.of(new QuestionnaireStep(1, "Your business", "About you.")),
                List.of(FOCUS), List.of(CIO, CTO), List.of(
                        new ScoringRule("focus", "PROCESS", "CIO", 3, false, "Running the business is the CIO's."),
                        new ScoringRule("focus", "PRODUCT", "CTO", 3, false, "The product is the CTO's.")));
    }
}
