package org.techleadership.advisor.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import org.techleadership.advisor.catalogue.RoleProfile;

/** The role form as typed. Limits are CatalogueCheck's; the list fields are parsed line by line. */
class ProfileForm {

    @NotBlank(message = "{cat.profile.name.required}")
    @Size(max = 100, message = "{cat.profile.name.size}")
    private String name;
    @NotBlank(message = "{cat.profile.shortName.required}")
    @Size(max = 40, message = "{cat.profile.shortName.size}")
    private String shortName;
    @NotBlank(message = "{cat.profile.summary.required}")
    @Size(max = 400, message = "{cat.profile.summary.size}")
    private String summary;
    @NotBlank(message = "{cat.profile.focus.required}")
    @Size(max = 400, message = "{cat.profile.focus.size}")
    private String focus;
    @NotBlank(message = "{cat.profile.measuredOn.required}")
    @Size(max = 300, message = "{cat.profile.measuredOn.size}")
    private String measuredOn;
    @NotBlank(message = "{cat.profile.engagement.required}")
    @Size(max = 300, message = "{cat.profile.engagement.size}")
    private String engagement;
    @NotBlank(message = "{cat.profile.timeCommitment.required}")
    @Size(max = 500, message = "{cat.profile.timeCommitment.size}")
    private String timeCommitment;
    @NotBlank(message = "{cat.profile.chooseIf.required}")
    @Size(max = 800, message = "{cat.profile.chooseIf.size}")
    private String chooseIf;
    // about ten lines at their longest; each line's own limit is checked in toProfile
    @Size(max = 4000, message = "{cat.profile.responsibilities.tooLong}")
    private String responsibilities;
    @Size(max = 5000, message = "{cat.profile.kpis.tooLong}")
    private String kpis;
    @Size(max = 5000, message = "{cat.profile.nextSteps.tooLong}")
    private String nextSteps;

    static ProfileForm of(RoleProfile p) {
        ProfileForm form = new ProfileForm();
        form.name = p.name();
        form.shortName = p.shortName();
        form.summary = p.summary();
        form.focus = p.focus();
        form.measuredOn = p.measuredOn();
        form.engagement = p.engagement();
        form.timeCommitment = p.timeCommitment();
        form.chooseIf = p.chooseIf();
        form.responsibilities = String.join("\n", p.responsibilities());
        form.kpis = String.join("\n", p.kpis().stream().map(k -> k.name() + ": " + k.description()).toList());
        form.nextSteps = String.join("\n", p.nextSteps().stream().map(s -> s.horizon() + ": " + s.text()).toList());
        return form;
    }

    /** The edited role; what is wrong with the line fields goes into errors, next to its field. */
    RoleProfile toProfile(RoleProfile old, Errors errors) {
        List<String> duties = lines(responsibilities);
        if (duties.isEmpty()) {
            errors.rejectValue("responsibilities", "cat.profile.responsibilities.required");
        }
        duties.stream().filter(d -> d.length() > 400).findFirst().ifPresent(d ->
                errors.rejectValue("responsibilities", "cat.profile.responsibilities.size", new Object[] {d}, null));
        return old.withWording(new RoleProfile(old.code(), strip(name), strip(shortName), strip(summary), strip(focus), old.looks(),
                strip(measuredOn), strip(engagement), strip(timeCommitment), strip(chooseIf), old.mapOutward(),
                old.mapFullTime(), duties, pairs("kpis", kpis, 100, 400, RoleProfile.Kpi::new, errors),
                pairs("nextSteps", nextSteps, 60, 500, RoleProfile.NextStep::new, errors)));
    }

    /** "Name: text" lines; a line without the colon is reported, not guessed at. */
    private static <T> List<T> pairs(String field, String text, int nameMax, int textMax,
                                     BiFunction<String, String, T> pair, Errors errors) {
        List<T> pairs = new ArrayList<>();
        for (String line : lines(text)) {
            int colon = line.indexOf(':');
            if (colon <= 0 || colon == line.length() - 1) {
                errors.rejectValue(field, "cat.profile." + field + ".form", new Object[] {line}, null);
            } else if (line.substring(0, colon).strip().length() > nameMax
                    || line.substring(colon + 1).strip().length() > textMax) {
                errors.rejectValue(field, "cat.profile." + field + ".size", new Object[] {line}, null);
            } else {
                pairs.add(pair.apply(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
            }
        }
        if (lines(text).isEmpty()) {
            errors.rejectValue(field, "cat.profile." + field + ".required");
        }
        return pairs;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getFocus() { return focus; }
    public void setFocus(String focus) { this.focus = focus; }
    public String getMeasuredOn() { return measuredOn; }
    public void setMeasuredOn(String measuredOn) { this.measuredOn = measuredOn; }
    public String getEngagement() { return engagement; }
    public void setEngagement(String engagement) { this.engagement = engagement; }
    public String getTimeCommitment() { return timeCommitment; }
    public void setTimeCommitment(String timeCommitment) { this.timeCommitment = timeCommitment; }
    public String getChooseIf() { return chooseIf; }
    public void setChooseIf(String chooseIf) { this.chooseIf = chooseIf; }
    public String getResponsibilities() { return responsibilities; }
    public void setResponsibilities(String responsibilities) { this.responsibilities = responsibilities; }
    public String getKpis() { return kpis; }
    public void setKpis(String kpis) { this.kpis = kpis; }
    public String getNextSteps() { return nextSteps; }
    public void setNextSteps(String nextSteps) { this.nextSteps = nextSteps; }
}
