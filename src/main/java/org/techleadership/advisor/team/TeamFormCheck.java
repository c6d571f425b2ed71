package org.techleadership.advisor.team;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.techleadership.advisor.mail.OutgoingMail;

/**
 * What Bean Validation cannot see in a {@link TeamForm}: how many rows are filled in, labels given
 * once each (whatever their case), and addresses the outbox would take. Each error is on the row at fault.
 */
final class TeamFormCheck implements Validator {

    private final boolean withEmail;

    /** withEmail: whether this installation sends e-mail (otherwise addresses are not asked for, nor kept). */
    TeamFormCheck(boolean withEmail) {
        this.withEmail = withEmail;
    }

    @Override
    public boolean supports(Class<?> type) {
        return TeamForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        List<MemberRow> rows = ((TeamForm) target).getMembers();
        Set<String> labels = new HashSet<>();
        int filled = 0;
        int firstBlank = -1;
        for (int i = 0; i < rows.size(); i++) {
            MemberRow row = rows.get(i);
            if (row == null || row.isBlank()) {
                firstBlank = firstBlank < 0 ? i : firstBlank;
                continue;
            }
            filled++;
            check(row, labels, "members[" + i + "].", errors);
        }
        if (filled > TeamAssessment.MAX_MEMBERS) {
            errors.reject("teampage.form.members.tooMany", new Object[] {TeamAssessment.MAX_MEMBERS}, null);
        } else if (filled < TeamAssessment.MIN_MEMBERS) {
            if (firstBlank >= 0) {
                errors.rejectValue("members[" + firstBlank + "].label", "teampage.form.members.tooFew",
                        new Object[] {TeamAssessment.MIN_MEMBERS}, null);
            } else {
                errors.reject("teampage.form.members.tooFew", new Object[] {TeamAssessment.MIN_MEMBERS}, null);
            }
        }
    }

    /** The organiser's new member, against the team's members so far. */
    void validateNew(MemberRow row, TeamAssessment team, Errors errors) {
        Set<String> labels = new HashSet<>();
        team.getMembers().forEach(m -> labels.add(key(m.getLabel())));
        if (row.isBlank()) {
            errors.rejectValue("label", "teampage.form.label.required");
        } else {
            check(row, labels, "", errors);
        }
    }

    private void check(MemberRow row, Set<String> labels, String path, Errors errors) {
        if (MemberRow.isBlank(row.getLabel())) {
            errors.rejectValue(path + "label", "teampage.form.label.required");
        } else if (!labels.add(key(row.getLabel()))) {
            errors.rejectValue(path + "label", "teampage.form.label.taken", new Object[] {row.getLabel().strip()}, null);
        }
        if (withEmail && !MemberRow.isBlank(row.getEmail()) && !OutgoingMail.isDeliverable(row.getEmail().strip())) {
            errors.rejectValue(path + "email", "teampage.form.email.invalid");
        }
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
