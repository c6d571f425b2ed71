package org.techleadership.advisor.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.techleadership.advisor.team.TeamAssessment;
import org.techleadership.advisor.team.TeamAssessments.NewMember;
import tools.jackson.databind.JsonNode;

/** Reads a POST /api/v1/teams body, {"name": "...", "members": ["Owner", ...]}, collecting every problem. */
final class TeamRequests {

    private static final Set<String> FIELDS = Set.of("name", "members");

    record Valid(String name, List<NewMember> members) {}

    private TeamRequests() {
    }

    static Valid read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("",
                    "The body must be a JSON object with \"name\" and \"members\".")));
        }
        InvalidRequestException.Collector errors = new InvalidRequestException.Collector();
        for (String field : body.propertyNames()) {
            if (!FIELDS.contains(field)) {
                errors.add(AssessmentRequests.quoted(field), "Unknown field; the fields are \"name\" and \"members\".");
            }
        }
        String name = name(body.get("name"), errors);
        List<NewMember> members = members(body.get("members"), errors);
        if (!errors.isEmpty()) {
            throw errors.exception();
        }
        return new Valid(name, members);
    }

    private static String name(JsonNode node, InvalidRequestException.Collector errors) {
        if (node == null || node.isNull() || !node.isString() || node.stringValue().isBlank()) {
            errors.add("name", "Required: the business's name, a string of 1 to " + TeamAssessment.NAME_MAX
                    + " characters.");
            return null;
        }
        String name = node.stringValue().strip();
        if (name.length() > TeamAssessment.NAME_MAX) {
            errors.add("name", "Too long: at most " + TeamAssessment.NAME_MAX + " characters.");
        }
        return name;
    }

    private static List<NewMember> members(JsonNode node, InvalidRequestException.Collector errors) {
        List<NewMember> members = new ArrayList<>();
        if (node == null || node.isNull() || !node.isArray()) {
            errors.add("members", "Required: an array of " + TeamAssessment.MIN_MEMBERS + " to "
                    + TeamAssessment.MAX_MEMBERS + " member labels, such as [\"Owner\", \"Finance\"].");
            return members;
        }
        if (node.size() < TeamAssessment.MIN_MEMBERS || node.size() > TeamAssessment.MAX_MEMBERS) {
            errors.add("members", "A team has " + TeamAssessment.MIN_MEMBERS + " to " + TeamAssessment.MAX_MEMBERS
                    + " members; this one has " + node.size() + ".");
            if (node.size() > TeamAssessment.MAX_MEMBERS) {
                return members;
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode label = node.get(i);
            String field = "members[" + i + "]";
            if (!label.isString() || label.stringValue().isBlank()) {
                errors.add(field, "Must be a label of 1 to " + TeamAssessment.LABEL_MAX + " characters, such as \"Finance\".");
                continue;
            }
            String clean = label.stringValue().strip();
            if (clean.length() > TeamAssessment.LABEL_MAX) {
                errors.add(field, "Too long: at most " + TeamAssessment.LABEL_MAX + " characters.");
            } else if (!seen.add(clean.toLowerCase(Locale.ROOT))) {
                errors.add(field, "\u201c" + AssessmentRequests.quoted(clean)
                        + "\u201d is there twice: give each member their own label.");
            } else {
                members.add(new NewMember(clean, null));
            }
        }
        return members;
    }
}
