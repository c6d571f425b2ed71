package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How the release's additions merge into a catalogue an admin may have edited. */
class V21CatalogueReleaseAdditionsTest {

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> rule(String q, String o, String p, int weight, String reason) {
        return map("question", q, "option", o, "profile", p, "weight", weight, "excludes", false, "reason", reason);
    }

    private static Map<String, Object> document() {
        List<Object> profiles = new ArrayList<>(List.of(map("code", "VCIO", "summary", "admin's"),
                map("code", "COMBINED"), map("code", "CIO", "costs", List.of(map("region", "UK")))));
        List<Object> questions = new ArrayList<>(List.of(map("key", "need_pattern", "options",
                List.of(map("key", "PROJECT"), map("key", "ONGOING")))));
        List<Object> rules = new ArrayList<>(List.of(rule("need_pattern", "PROJECT", "CIO", 2, "admin's rule")));
        return map("version", 4, "questions", questions, "profiles", profiles, "rules", rules);
    }

    @Test
    @SuppressWarnings("unchecked")
    void newRolesArePlacedInOrderTheirRulesAddedAndExistingRulesOfTheSameAnswerReplaced() {
        Map<String, Object> doc = document();
        boolean changed = V21__Catalogue_release_additions.apply(doc, map(
                "profiles", List.of(map("code", "INTERIM_CIO", "insertAfter", "COMBINED"),
                        map("code", "INTERIM_CTO", "insertAfter", "COMBINED")),
                "rules", List.of(rule("need_pattern", "PROJECT", "INTERIM_CIO", 4, "new"),
                        rule("need_pattern", "PROJECT", "CIO", 0, "release's rule"),
                        rule("need_pattern", "NO_SUCH_OPTION", "CIO", 1, "left out"),
                        rule("no_such_question", "X", "CIO", 1, "left out"),
                        rule("need_pattern", "ONGOING", "NO_SUCH_ROLE", 1, "left out"))));
        assertThat(changed).isTrue();
        List<Map<String, Object>> profiles = (List<Map<String, Object>>) doc.get("profiles");
        assertThat(profiles).extracting(p -> p.get("code"))
                .containsExactly("VCIO", "COMBINED", "INTERIM_CIO", "INTERIM_CTO", "CIO");
        assertThat(profiles.get(2)).doesNotContainKey("insertAfter");
        List<Map<String, Object>> rules = (List<Map<String, Object>>) doc.get("rules");
        assertThat(rules).extracting(r -> r.get("reason")).containsExactly("new", "release's rule");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRoleTheAdminAlreadyMadeIsKeptWithItsRulesAndFieldsAreOnlyFilledWhereEmpty() {
        Map<String, Object> doc = document();
        ((List<Object>) doc.get("profiles")).add(map("code", "INTERIM_CIO", "summary", "the admin's own"));
        V21__Catalogue_release_additions.apply(doc, map(
                "profiles", List.of(map("code", "INTERIM_CIO", "summary", "release's", "insertAfter", "COMBINED")),
                "rules", List.of(rule("need_pattern", "PROJECT", "INTERIM_CIO", 4, "release's")),
                "profileFields", map("CIO", map("costs", List.of(map("region", "US"))),
                        "VCIO", map("costs", List.of(map("region", "US")), "summary", "release's")),
                "fields", map("consistency", List.of(map("key", "a")))));
        List<Map<String, Object>> profiles = (List<Map<String, Object>>) doc.get("profiles");
        assertThat(profiles).extracting(p -> p.get("code")).containsExactly("VCIO", "COMBINED", "CIO", "INTERIM_CIO");
        assertThat(profiles.get(3).get("summary")).isEqualTo("the admin's own");
        assertThat((List<Map<String, Object>>) doc.get("rules")).extracting(r -> r.get("reason"))
                .containsExactly("admin's rule");
        assertThat(profiles.get(2).get("costs")).isEqualTo(List.of(map("region", "UK")));
        assertThat(profiles.get(0).get("costs")).isEqualTo(List.of(map("region", "US")));
        assertThat(profiles.get(0).get("summary")).isEqualTo("admin's");
        assertThat(doc.get("consistency")).isEqualTo(List.of(map("key", "a")));
    }

    @Test
    void nothingToAddChangesNothing() {
        Map<String, Object> doc = document();
        assertThat(V21__Catalogue_release_additions.apply(doc, map("profiles", List.of(map("code", "CIO"))))).isFalse();
        assertThat(doc).isEqualTo(document());
    }
}
