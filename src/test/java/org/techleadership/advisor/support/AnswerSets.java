package org.techleadership.advisor.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.techleadership.advisor.scoring.Answers;

/**
 * The answer sets the tests share, each with the role the seeded catalogue recommends for it, so
 * that no test keeps a copy of its own. {@link #byStep} splits one into the questionnaire's four steps.
 */
public final class AnswerSets {

    /** A medium company modernising its processes with an in-house team: a full-time CIO. */
    public static final Answers CIO = answers("focus", "PROCESS", "audience", "EMPLOYEES", "challenge", "LEGACY_SYSTEMS",
            "success_measure", "BUSINESS_OUTCOME", "company_size", "MEDIUM", "tech_team", "ESTABLISHED",
            "regulation", "MODERATE", "budget", "FULL_TIME", "need_pattern", "ONGOING", "involvement", "LEAD_TEAM");
    public static final String CIO_NAME = "Chief Information Officer (CIO)";

    /** A product company held back by its architecture, with an established engineering team: a CTO. */
    public static final Answers CTO = answers("focus", "PRODUCT", "audience", "CUSTOMERS", "challenge", "TECH_BOTTLENECKS",
            "success_measure", "TECHNICAL_HEALTH", "company_size", "MEDIUM", "tech_team", "ESTABLISHED",
            "regulation", "LOW", "budget", "FULL_TIME", "need_pattern", "ONGOING", "involvement", "LEAD_TEAM");
    public static final String CTO_NAME = "Chief Technology Officer (CTO)";

    /** A small regulated company with no IT staff and a few days of advice a year: a vCIO. */
    public static final Answers VCIO = answers("focus", "PROCESS", "audience", "EMPLOYEES",
            "challenge", "COMPLIANCE_SECURITY", "success_measure", "BUSINESS_OUTCOME", "company_size", "SMALL",
            "tech_team", "NONE", "regulation", "HIGH", "budget", "MINIMAL", "need_pattern", "PEAKS",
            "involvement", "ADVISE");
    public static final String VCIO_NAME = "Virtual CIO (vCIO)";

    /** A micro start-up building its first product on a minimal budget: a vCTO. */
    public static final Answers VCTO = answers("focus", "PRODUCT", "audience", "CUSTOMERS", "challenge", "NEW_PRODUCT",
            "success_measure", "TECHNICAL_HEALTH", "company_size", "MICRO", "tech_team", "NONE", "regulation", "LOW",
            "budget", "MINIMAL", "need_pattern", "PROJECT", "involvement", "BUILD");
    public static final String VCTO_NAME = "Virtual CTO (vCTO)";

    /** An ERP replacement in a medium company with an IT team to lead and a salary's budget: an interim CIO. */
    public static final Answers INTERIM_CIO = answers("focus", "PROCESS", "audience", "EMPLOYEES",
            "challenge", "LEGACY_SYSTEMS", "success_measure", "BUSINESS_OUTCOME", "company_size", "MEDIUM",
            "tech_team", "ESTABLISHED", "regulation", "MODERATE", "budget", "FULL_TIME", "need_pattern", "PROJECT",
            "involvement", "LEAD_TEAM");
    public static final String INTERIM_CIO_NAME = "Interim CIO";

    /** Mixed signals on a defined project: an exact tie between the interim CIO and the interim CTO. */
    public static final Answers INTERIM_TIE = answers("focus", "PROCESS", "audience", "CUSTOMERS",
            "challenge", "LEGACY_SYSTEMS", "success_measure", "BOTH", "company_size", "MICRO", "tech_team", "SMALL",
            "regulation", "LOW", "budget", "FULL_TIME", "need_pattern", "PROJECT", "involvement", "BUILD");

    private static final List<List<String>> STEPS = List.of(List.of("focus", "audience", "challenge"),
            List.of("company_size", "tech_team", "regulation"), List.of("success_measure", "involvement"),
            List.of("budget", "need_pattern"));

    private AnswerSets() {
    }

    /** The answers of one questionnaire step (1 to 4), in the questionnaire's order. */
    public static Map<String, String> byStep(Answers answers, int step) {
        Map<String, String> onStep = new LinkedHashMap<>();
        STEPS.get(step - 1).forEach(key -> onStep.put(key, answers.get(key)));
        return onStep;
    }

    /** The answers as the JSON object of POST /api/v1/assessments. */
    public static String json(Answers answers) {
        return answers.byQuestion().entrySet().stream().map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static Answers answers(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Answers(map);
    }
}
