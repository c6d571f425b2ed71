package org.techleadership.advisor.catalogue;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.techleadership.advisor.catalogue.internal.CatalogueStore;

/** Reads the newest published catalogue document once and hands out the same immutable copy until a newer one. */
@Service
public class CatalogueService {

    private final CatalogueStore store;
    private final AtomicReference<Catalogue> current = new AtomicReference<>();

    CatalogueService(CatalogueStore store) {
        this.store = store;
    }

    public Catalogue current() {
        Catalogue catalogue = current.get();
        return catalogue != null ? catalogue : refresh();
    }

    /**
     * Every instance asks the database for the newest catalogue version now and then (one tiny
     * query) and reloads when another instance has published one; no restart, no message bus.
     */
    @Scheduled(fixedDelayString = "${advisor.catalogue.refresh-interval:PT2S}",
            initialDelayString = "${advisor.catalogue.refresh-interval:PT2S}")
    public void refreshIfChanged() {
        Catalogue loaded = current.get();
        if (loaded == null || loaded.version() != store.newestVersion()) {
            refresh();
        }
    }

    /** Loads the newest published document and makes it the one every request sees from now on. */
    public Catalogue refresh() {
        Catalogue catalogue = new Catalogue(store.newest());
        current.set(catalogue);
        return catalogue;
    }
}
