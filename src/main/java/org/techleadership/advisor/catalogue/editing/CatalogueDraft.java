package org.techleadership.advisor.catalogue.editing;

import java.time.Instant;

import org.techleadership.advisor.catalogue.CatalogueDocument;

/** The one working draft of the catalogue: the edited document and the live version it started from. */
public record CatalogueDraft(CatalogueDocument document, int basedOnVersion, String updatedBy, Instant updatedAt) {}
