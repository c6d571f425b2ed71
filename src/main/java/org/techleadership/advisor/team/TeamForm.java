package org.techleadership.advisor.team;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new team as typed: the business's name and up to {@link #ROWS} member rows, blank rows left out. */
public class TeamForm {

    static final int ROWS = 6;

    @NotBlank(message = "{teampage.form.name.required}")
    @Size(max = TeamAssessment.NAME_MAX, message = "{teampage.form.name.tooLong}")
    private String name = "";

    @Valid
    private List<MemberRow> members = new ArrayList<>();

    /** The empty form, with the business's name when it is known (a consultant's client). */
    static TeamForm named(String name) {
        TeamForm form = new TeamForm();
        form.setName(name == null ? "" : name);
        return form.padded();
    }

    /** At least {@link #ROWS} rows to type into, what was typed kept in its place. */
    TeamForm padded() {
        while (members.size() < ROWS) {
            members.add(new MemberRow());
        }
        return this;
    }

    List<TeamAssessments.NewMember> newMembers(boolean withEmail) {
        return members.stream().filter(row -> !row.isBlank()).map(row -> row.toNewMember(withEmail)).toList();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<MemberRow> getMembers() { return members; }
    public void setMembers(List<MemberRow> members) { this.members = members; }
}
