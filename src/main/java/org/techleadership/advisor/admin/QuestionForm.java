package org.techleadership.advisor.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.techleadership.advisor.catalogue.Question;

/**
 * The question form as typed. The options' texts are maps by option key, so a field is named
 * {@code label[PROCESS]} and its input's id is {@code label-PROCESS}, where the error summary links.
 */
class QuestionForm {

    @NotBlank(message = "{cat.question.prompt.required}")
    @Size(max = 300, message = "{cat.question.prompt.size}")
    private String prompt;
    @NotBlank(message = "{cat.question.help.required}")
    @Size(max = 500, message = "{cat.question.help.size}")
    private String help;
    @NotBlank(message = "{cat.question.shortLabel.required}")
    @Size(max = 80, message = "{cat.question.shortLabel.size}")
    private String shortLabel;
    private Map<String, @NotBlank(message = "{cat.question.label.required}")
            @Size(max = 200, message = "{cat.question.label.size}") String> label = new LinkedHashMap<>();
    private Map<String, @NotBlank(message = "{cat.question.hint.required}")
            @Size(max = 400, message = "{cat.question.hint.size}") String> hint = new LinkedHashMap<>();
    private Map<String, @NotBlank(message = "{cat.question.whatIf.required}")
            @Size(max = 300, message = "{cat.question.whatIf.size}") String> whatIf = new LinkedHashMap<>();

    static QuestionForm of(Question q) {
        QuestionForm form = new QuestionForm();
        form.prompt = q.prompt();
        form.help = q.help();
        form.shortLabel = q.shortLabel();
        q.options().forEach(o -> {
            form.label.put(o.key(), o.label());
            form.hint.put(o.key(), o.hint());
            form.whatIf.put(o.key(), o.whatIf());
        });
        return form;
    }

    /** The edited question: keys, step and the options' places on the map stay as they were. */
    Question toQuestion(Question old) {
        return new Question(old.key(), old.step(), strip(prompt), strip(help), strip(shortLabel),
                old.options().stream().map(o -> new Question.AnswerOption(o.key(), strip(label.get(o.key())),
                        strip(hint.get(o.key())), strip(whatIf.get(o.key())), o.leanOutward(), o.leanFullTime()))
                        .toList());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    public String getPrompt() { return prompt; }
    public void setPrompt(String prompt) { this.prompt = prompt; }
    public String getHelp() { return help; }
    public void setHelp(String help) { this.help = help; }
    public String getShortLabel() { return shortLabel; }
    public void setShortLabel(String shortLabel) { this.shortLabel = shortLabel; }
    public Map<String, String> getLabel() { return label; }
    public void setLabel(Map<String, String> label) { this.label = label; }
    public Map<String, String> getHint() { return hint; }
    public void setHint(Map<String, String> hint) { this.hint = hint; }
    public Map<String, String> getWhatIf() { return whatIf; }
    public void setWhatIf(Map<String, String> whatIf) { this.whatIf = whatIf; }
}
