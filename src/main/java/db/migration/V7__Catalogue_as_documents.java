package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published catalogue document becomes the one source of truth. Up to now the newest version
 * lived twice: in the live tables (role_profile, question, ...) and, once anything had been
 * published, as a JSON document. The seeded version 1 of a database that never published had only
 * the tables. This writes that document from the tables, field for field as CatalogueDocument
 * names them; V8 then drops the tables. Written with plain maps, so later code cannot change it.
 */
public class V7__Catalogue_as_documents extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        Integer newest = null;
        boolean missing = false;
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, document FROM catalogue_version ORDER BY version DESC")) {
            if (rs.next()) {
                newest = rs.getInt(1);
                missing = rs.getString(2) == null;
            }
        }
        if (newest == null || !missing) {
            return;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", newest);
        doc.put("steps", rows(db, "SELECT step, title, intro FROM questionnaire_step ORDER BY step", rs -> map(
                "step", rs.getInt(1), "title", rs.getString(2), "intro", rs.getString(3))));
        List<Map<String, Object>> questions = rows(db, "SELECT question_key, step, prompt, help, short_label FROM question"
                + " ORDER BY position", rs -> map("key", rs.getString(1), "step", rs.getInt(2), "prompt", rs.getString(3),
                "help", rs.getString(4), "shortLabel", rs.getString(5)));
        for (Map<String, Object> q : questions) {
            q.put("options", rows(db, "SELECT option_key, label, hint, what_if, lean_outward, lean_full_time"
                    + " FROM question_option WHERE question_key = '" + q.get("key") + "' ORDER BY position", rs -> map(
                    "key", rs.getString(1), "label", rs.getString(2), "hint", rs.getString(3), "whatIf", rs.getString(4),
                    "leanOutward", rs.getObject(5) == null ? null : rs.getInt(5),
                    "leanFullTime", rs.getObject(6) == null ? null : rs.getInt(6))));
        }
        doc.put("questions", questions);
        List<Map<String, Object>> profiles = rows(db, "SELECT code, name, short_name, summary, focus, looks, measured_on,"
                + " engagement, time_commitment, choose_if, map_outward, map_full_time FROM role_profile ORDER BY position",
                rs -> map("code", rs.getString(1), "name", rs.getString(2), "shortName", rs.getString(3),
                        "summary", rs.getString(4), "focus", rs.getString(5), "looks", rs.getString(6),
                        "measuredOn", rs.getString(7), "engagement", rs.getString(8), "timeCommitment", rs.getString(9),
                        "chooseIf", rs.getString(10), "mapOutward", rs.getInt(11), "mapFullTime", rs.getInt(12)));
        for (Map<String, Object> p : profiles) {
            String where = " WHERE profile_code = '" + p.get("code") + "' ORDER BY position";
            p.put("responsibilities", rows(db, "SELECT text FROM role_responsibility" + where, rs -> rs.getString(1)));
            p.put("kpis", rows(db, "SELECT name, description FROM role_kpi" + where, rs -> map(
                    "name", rs.getString(1), "description", rs.getString(2))));
            p.put("nextSteps", rows(db, "SELECT horizon, text FROM role_next_step" + where, rs -> map(
                    "horizon", rs.getString(1), "text", rs.getString(2))));
        }
        doc.put("profiles", profiles);
        doc.put("rules", rows(db, "SELECT question_key, option_key, profile_code, weight, excludes, reason"
                + " FROM scoring_rule ORDER BY id", rs -> map("question", rs.getString(1), "option", rs.getString(2),
                "profile", rs.getString(3), "weight", rs.getInt(4), "excludes", rs.getBoolean(5),
                "reason", rs.getString(6))));
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE catalogue_version SET document = ? WHERE version = ?")) {
            update.setString(1, JsonMapper.builder().build().writeValueAsString(doc));
            update.setInt(2, newest);
            update.executeUpdate();
        }
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> rows(Connection db, String sql, Row<T> row) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(row.read(rs));
            }
        }
        return rows;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
