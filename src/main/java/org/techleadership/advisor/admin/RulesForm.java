package org.techleadership.advisor.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.Errors;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.catalogue.ScoringRule;
import org.techleadership.advisor.catalogue.editing.CatalogueCheck;

/**
 * The grid of one question's scoring rules as typed: one cell per answer option and role, keyed
 * {@code PROCESS-CIO}, so a field is named {@code weight[PROCESS-CIO]} and its input's id is
 * {@code weight-PROCESS-CIO}. Weights stay text, so what was typed can be shown again as typed.
 */
class RulesForm {

    private Map<String, String> weight = new LinkedHashMap<>();
    private Map<String, Boolean> excludes = new LinkedHashMap<>();
    private Map<String, String> reason = new LinkedHashMap<>();

    static String cell(Question.AnswerOption option, RoleProfile profile) {
        return option.key() + "-" + profile.code();
    }

    static RulesForm of(Question question, List<RoleProfile> profiles, List<ScoringRule> rules) {
        RulesForm form = new RulesForm();
        for (Question.AnswerOption o : question.options()) {
            for (RoleProfile p : profiles) {
                ScoringRule rule = rules.stream().filter(r -> r.question().equals(question.key())
                        && r.option().equals(o.key()) && r.profile().equals(p.code())).findFirst().orElse(null);
                form.weight.put(cell(o, p), String.valueOf(rule == null ? 0 : rule.weight()));
                form.excludes.put(cell(o, p), rule != null && rule.excludes());
                form.reason.put(cell(o, p), rule == null ? "" : rule.reason());
            }
        }
        return form;
    }

    /**
     * The rules of the grid; a cell with weight 0, not ruling out and no reason has none. What is
     * wrong with a cell goes into errors on that cell's field, its message naming the option and role.
     */
    List<ScoringRule> toRules(Question question, List<RoleProfile> profiles, Errors errors) {
        List<ScoringRule> rules = new ArrayList<>();
        for (Question.AnswerOption o : question.options()) {
            for (RoleProfile p : profiles) {
                String cell = cell(o, p);
                Object[] where = {o.label(), p.shortName()};
                String typed = weight.get(cell) == null ? "" : weight.get(cell).strip();
                boolean rulesOut = Boolean.TRUE.equals(excludes.get(cell));
                String why = reason.get(cell) == null ? "" : reason.get(cell).strip();
                Integer w = null;
                if (typed.isEmpty()) {
                    errors.rejectValue("weight[" + cell + "]", "cat.rules.weight.required", where, null);
                } else if (!typed.matches("[+-]?\\d{1,9}")) {
                    errors.rejectValue("weight[" + cell + "]", "cat.rules.weight.number", where, null);
                } else if (Math.abs(Integer.parseInt(typed)) > CatalogueCheck.MAX_WEIGHT) {
                    errors.rejectValue("weight[" + cell + "]", "cat.rules.weight.range", where, null);
                } else {
                    w = Integer.parseInt(typed);
                }
                boolean isRule = rulesOut || !why.isEmpty() || (w != null && w != 0);
                if (isRule && why.isEmpty()) {
                    errors.rejectValue("reason[" + cell + "]", "cat.rules.reason.required", where, null);
                } else if (why.length() > 300) {
                    errors.rejectValue("reason[" + cell + "]", "cat.rules.reason.size", where, null);
                }
                if (w != null && isRule) {
                    rules.add(new ScoringRule(question.key(), o.key(), p.code(), rulesOut ? 0 : w, rulesOut, why));
                }
            }
        }
        return rules;
    }

    public Map<String, String> getWeight() { return weight; }
    public void setWeight(Map<String, String> weight) { this.weight = weight; }
    public Map<String, Boolean> getExcludes() { return excludes; }
    public void setExcludes(Map<String, Boolean> excludes) { this.excludes = excludes; }
    public Map<String, String> getReason() { return reason; }
    public void setReason(Map<String, String> reason) { this.reason = reason; }
}
