package db.migration;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * This release's catalogue content, published as one new catalogue version on top of the newest
 * (an admin's edits are kept; every assessment already made keeps the version it was scored with).
 * The content is data, in db/catalogue/v21/*.json, applied in the order of {@link #PARTS}:
 * <ul>
 * <li>{@code profiles}: new roles, each placed after its {@code insertAfter} code; a code the catalogue
 * already has is left as the admin made it, and so are its rules;</li>
 * <li>{@code rules}: added, each replacing a rule of the same question, option and role;</li>
 * <li>{@code profileFields}: fields set on existing roles by code, where the role does not have them yet;</li>
 * <li>{@code fields}: top-level fields of the document, set where the document does not have them yet.</li>
 * </ul>
 * Rules naming a question, option or role the catalogue lacks are left out. Written with plain maps,
 * so later code cannot change what it does.
 */
public class V21__Catalogue_release_additions extends BaseJavaMigration {

    static final List<String> PARTS = List.of("interim", "consistency", "costs", "briefs");

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    @SuppressWarnings("unchecked")
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        int newest;
        Map<String, Object> doc;
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, document FROM catalogue_version ORDER BY version DESC")) {
            if (!rs.next() || rs.getString(2) == null) {
                return;
            }
            newest = rs.getInt(1);
            doc = json.readValue(rs.getString(2), LinkedHashMap.class);
        }
        List<String> applied = new ArrayList<>();
        for (String part : PARTS) {
            Map<String, Object> additions = read(part);
            if (additions != null && apply(doc, additions)) {
                applied.add(String.valueOf(additions.getOrDefault("note", part)));
            }
        }
        if (applied.isEmpty()) {
            return;
        }
        doc.put("version", newest + 1);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO catalogue_version"
                + " (version, published_at, note, published_by, document) VALUES (?, ?, ?, ?, ?)")) {
            insert.setInt(1, newest + 1);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.setString(3, truncate("Added by this release: " + String.join("; ", applied) + ".", 500));
            insert.setString(4, "release");
            insert.setString(5, json.writeValueAsString(doc));
            insert.executeUpdate();
        }
    }

    private Map<String, Object> read(String part) throws Exception {
        try (InputStream in = V21__Catalogue_release_additions.class.getResourceAsStream(
                "/db/catalogue/v21/" + part + ".json")) {
            return in == null ? null : json.readValue(in, LinkedHashMap.class);
        }
    }

    /** True when the document changed. */
    @SuppressWarnings("unchecked")
    static boolean apply(Map<String, Object> doc, Map<String, Object> additions) {
        boolean changed = false;
        List<Map<String, Object>> profiles = (List<Map<String, Object>>) doc.get("profiles");
        Set<String> codes = new LinkedHashSet<>();
        profiles.forEach(p -> codes.add((String) p.get("code")));
        Set<String> added = new LinkedHashSet<>();
        for (Map<String, Object> profile : list(additions, "profiles")) {
            Map<String, Object> copy = new LinkedHashMap<>(profile);
            String after = (String) copy.remove("insertAfter");
            String code = (String) copy.get("code");
            if (codes.contains(code)) {
                continue;
            }
            int at = profiles.size();
            for (int i = 0; i < profiles.size(); i++) {
                if (profiles.get(i).get("code").equals(after)) {
                    at = i + 1;
                }
            }
            // after the profiles this file already placed there, so they keep their order
            while (at < profiles.size() && added.contains((String) profiles.get(at).get("code"))) {
                at++;
            }
            profiles.add(at, copy);
            codes.add(code);
            added.add(code);
            changed = true;
        }
        Map<String, Set<String>> options = new LinkedHashMap<>();
        for (Map<String, Object> q : (List<Map<String, Object>>) doc.get("questions")) {
            Set<String> keys = new LinkedHashSet<>();
            ((List<Map<String, Object>>) q.get("options")).forEach(o -> keys.add((String) o.get("key")));
            options.put((String) q.get("key"), keys);
        }
        List<Map<String, Object>> rules = (List<Map<String, Object>>) doc.get("rules");
        for (Map<String, Object> rule : list(additions, "rules")) {
            String profile = (String) rule.get("profile");
            boolean keptAsTheAdminMadeIt = isAddedByPart(additions, profile) && !added.contains(profile);
            if (!codes.contains(profile) || keptAsTheAdminMadeIt
                    || !options.getOrDefault((String) rule.get("question"), Set.of()).contains((String) rule.get("option"))) {
                continue;
            }
            rules.removeIf(r -> r.get("question").equals(rule.get("question")) && r.get("option").equals(rule.get("option"))
                    && r.get("profile").equals(profile));
            rules.add(new LinkedHashMap<>(rule));
            changed = true;
        }
        Map<String, Object> profileFields = (Map<String, Object>) additions.getOrDefault("profileFields", Map.of());
        for (Map<String, Object> p : profiles) {
            Map<String, Object> fields = (Map<String, Object>) profileFields.get((String) p.get("code"));
            if (fields != null) {
                for (Map.Entry<String, Object> field : fields.entrySet()) {
                    if (isEmpty(p.get(field.getKey()))) {
                        p.put(field.getKey(), field.getValue());
                        changed = true;
                    }
                }
            }
        }
        Map<String, Object> fields = (Map<String, Object>) additions.getOrDefault("fields", Map.of());
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (isEmpty(doc.get(field.getKey()))) {
                doc.put(field.getKey(), field.getValue());
                changed = true;
            }
        }
        return changed;
    }

    /** A role this file brings: its rules come with it only when the role was added here. */
    private static boolean isAddedByPart(Map<String, Object> additions, String code) {
        return list(additions, "profiles").stream().anyMatch(p -> code.equals(p.get("code")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof List<?> l && l.isEmpty()) || (value instanceof Map<?, ?> m && m.isEmpty());
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
