package org.techleadership.advisor.api;

import java.util.List;

import org.techleadership.advisor.catalogue.Catalogue;

/** GET /api/v1/questionnaire: the questions and options with the catalogue version they belong to. */
public record ApiQuestionnaire(int catalogueVersion, List<Step> steps, List<Question> questions) {

    public record Step(int step, String title) {}

    public record Question(String key, int step, String prompt, String help, List<Option> options) {}

    public record Option(String key, String label, String hint) {}

    static ApiQuestionnaire of(Catalogue catalogue) {
        return new ApiQuestionnaire(catalogue.version(),
                catalogue.steps().stream().map(s -> new Step(s.step(), s.title())).toList(),
                catalogue.questions().stream().map(q -> new Question(q.key(), q.step(), q.prompt(),
                        q.help(), q.options().stream().map(o -> new Option(o.key(), o.label(), o.hint()))
                        .toList())).toList());
    }
}
