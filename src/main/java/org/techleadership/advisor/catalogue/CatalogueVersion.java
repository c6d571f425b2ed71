package org.techleadership.advisor.catalogue;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "catalogue_version")
public class CatalogueVersion {

    @Id
    private int version;
    private Instant publishedAt;
    private String note;

    protected CatalogueVersion() {
    }

    public int getVersion() { return version; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getNote() { return note; }
}
