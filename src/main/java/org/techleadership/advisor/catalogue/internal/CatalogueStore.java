package org.techleadership.advisor.catalogue.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.editing.AuditEntry;
import org.techleadership.advisor.catalogue.editing.CatalogueDraft;
import org.techleadership.advisor.catalogue.editing.VersionEntry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the catalogue's documents are kept: one row per published version, the one working draft,
 * and the audit trail. Every document is stored whole, as JSON: there is no other copy to keep in step.
 */
@Repository
public class CatalogueStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    CatalogueStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public int newestVersion() {
        Integer newest = jdbc.queryForObject("SELECT MAX(version) FROM catalogue_version", Integer.class);
        return newest == null ? 0 : newest;
    }

    /** The newest published document, carrying the version number of its row. */
    public CatalogueDocument newest() {
        return jdbc.query("SELECT version, document FROM catalogue_version ORDER BY version DESC FETCH FIRST 1 ROWS ONLY",
                        (rs, n) -> read(rs.getString(2)).withVersion(rs.getInt(1))).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No catalogue version is published"));
    }

    public Optional<CatalogueDocument> version(int version) {
        return jdbc.query("SELECT document FROM catalogue_version WHERE version = ?",
                (rs, n) -> read(rs.getString(1)).withVersion(version), version).stream().findFirst();
    }

    public void publish(CatalogueDocument document, String actor, String note) {
        jdbc.update("INSERT INTO catalogue_version (version, published_at, note, published_by, document) "
                + "VALUES (?, ?, ?, ?, ?)", document.version(), Timestamp.from(Instant.now()), note, actor,
                json.writeValueAsString(document));
    }

    public List<VersionEntry> versions() {
        return jdbc.query("SELECT version, published_at, published_by, note FROM catalogue_version ORDER BY version DESC",
                (rs, n) -> new VersionEntry(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4)));
    }

    public Optional<CatalogueDraft> draft() {
        return jdbc.query("SELECT document, based_on_version, updated_by, updated_at FROM catalogue_draft WHERE id = 1",
                (rs, n) -> new CatalogueDraft(read(rs.getString(1)), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).stream().findFirst();
    }

    public void saveDraft(CatalogueDocument document, int basedOnVersion, String actor) {
        Timestamp now = Timestamp.from(Instant.now());
        String text = json.writeValueAsString(document);
        if (jdbc.update("UPDATE catalogue_draft SET document = ?, updated_by = ?, updated_at = ? WHERE id = 1",
                text, actor, now) == 0) {
            jdbc.update("INSERT INTO catalogue_draft (id, document, based_on_version, updated_by, updated_at) "
                    + "VALUES (1, ?, ?, ?, ?)", text, basedOnVersion, actor, now);
        }
    }

    /** True when there was a draft to delete. */
    public boolean deleteDraft() {
        return jdbc.update("DELETE FROM catalogue_draft WHERE id = 1") > 0;
    }

    public void audit(String actor, String action, String detail) {
        jdbc.update("INSERT INTO catalogue_audit (at, actor, action, detail) VALUES (?, ?, ?, ?)",
                Timestamp.from(Instant.now()), actor, action, detail.length() > 2000 ? detail.substring(0, 2000) : detail);
    }

    public List<AuditEntry> audit(int limit) {
        return jdbc.query("SELECT at, actor, action, detail FROM catalogue_audit ORDER BY id DESC FETCH FIRST "
                + Math.max(1, limit) + " ROWS ONLY", (rs, n) -> new AuditEntry(rs.getTimestamp(1).toInstant(),
                rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    public CatalogueDocument read(String text) {
        return json.readValue(text, CatalogueDocument.class);
    }

    public String write(CatalogueDocument document, boolean pretty) {
        return pretty ? json.writerWithDefaultPrettyPrinter().writeValueAsString(document)
                : json.writeValueAsString(document);
    }
}
