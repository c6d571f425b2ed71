package org.techleadership.advisor.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.techleadership.advisor.catalogue.AnswerCheck;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.scoring.Answers;
import tools.jackson.databind.JsonNode;

/**
 * Reads a POST /api/v1/assessments body, collecting every problem rather than stopping at the first
 * (the first {@link InvalidRequestException#LISTED} are listed, the rest counted). What the client
 * sent is quoted back shortened to {@value #QUOTED} characters, so an answer stays short.
 */
final class AssessmentRequests {

    static final int CLIENT_LABEL_MAX = 120;
    static final int QUOTED = 40;
    private static final Set<String> FIELDS = Set.of("answers", "clientLabel");

    record Valid(Answers answers, String clientLabel) {}

    private AssessmentRequests() {
    }

    static Valid read(JsonNode body, Catalogue catalogue) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("",
                    "The body must be a JSON object with \"answers\" and, optionally, \"clientLabel\".")));
        }
        InvalidRequestException.Collector errors = new InvalidRequestException.Collector();
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                errors.add(quoted(name), "Unknown field; the fields are \"answers\" and \"clientLabel\".");
            }
        }
        Map<String, String> answers = answers(body.get("answers"), catalogue, errors);
        String clientLabel = clientLabel(body.get("clientLabel"), errors);
        if (!errors.isEmpty()) {
            throw errors.exception();
        }
        return new Valid(new Answers(answers), clientLabel);
    }

    /** A body of answers alone, {"answers": {...}} (a team member's), every problem collected. */
    static Answers answersOnly(JsonNode body, Catalogue catalogue) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("",
                    "The body must be a JSON object with \"answers\".")));
        }
        InvalidRequestException.Collector errors = new InvalidRequestException.Collector();
        for (String name : body.propertyNames()) {
            if (!name.equals("answers")) {
                errors.add(quoted(name), "Unknown field; the only field is \"answers\".");
            }
        }
        Map<String, String> answers = answers(body.get("answers"), catalogue, errors);
        if (!errors.isEmpty()) {
            throw errors.exception();
        }
        return new Answers(answers);
    }

    static Map<String, String> answers(JsonNode node, Catalogue catalogue,
                                               InvalidRequestException.Collector errors) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            errors.add("answers", "Required: an object with one option key for each of the "
                    + catalogue.questions().size() + " questions.");
            return answers;
        }
        if (!node.isObject()) {
            errors.add("answers", "Must be an object of question key to option key.");
            return answers;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            Question question = catalogue.question(key);
            if (question == null) {
                errors.add("answers." + quoted(key), "Not a question. The questions are "
                        + String.join(", ", catalogue.questions().stream().map(Question::key).toList()) + ".");
            } else if (!entry.getValue().isString()) {
                errors.add("answers." + key, "Must be a string, one of " + AnswerCheck.optionKeys(question) + ".");
            } else {
                answers.put(key, entry.getValue().stringValue());
            }
        }
        for (Question question : catalogue.questions()) {
            if (!node.has(question.key())) {
                errors.add("answers." + question.key(), "Missing: choose one of "
                        + AnswerCheck.optionKeys(question) + ".");
            } else if (answers.containsKey(question.key()) && question.option(answers.get(question.key())) == null) {
                errors.add("answers." + question.key(), "\u201c" + quoted(answers.get(question.key()))
                        + "\u201d is not an option; choose one of " + AnswerCheck.optionKeys(question) + ".");
            }
        }
        return answers;
    }

    private static String clientLabel(JsonNode node, InvalidRequestException.Collector errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            errors.add("clientLabel", "Must be a string (or left out).");
            return null;
        }
        String label = node.stringValue().strip();
        if (label.length() > CLIENT_LABEL_MAX) {
            errors.add("clientLabel", "Too long: at most " + CLIENT_LABEL_MAX + " characters.");
            return null;
        }
        return label.isEmpty() ? null : label;
    }

    /** What the client sent, shortened for quoting in an answer. */
    static String quoted(String sent) {
        return sent.length() <= QUOTED ? sent : sent.substring(0, QUOTED) + "\u2026";
    }
}
