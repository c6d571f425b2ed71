package org.techleadership.advisor.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * advisor.request-body.*: the largest request body each part of the app accepts. The largest
 * legitimate bodies, measured on the seeded catalogue: an API assessment about 0.5 KB (under 1 KB
 * with a 120-character client label); the public and consultant forms under 10 KB even with every
 * text field at its limit; the catalogue editor's biggest form (the rules grid of a six-option
 * question) 5 KB as seeded and about 30 KB with all sixty reasons at their 300 characters; a
 * catalogue export 84 KB. Every limit applies before anyone signs in (the CSRF check reads the
 * form first), so the larger ones are kept to what the editor needs.
 *
 * @param api             JSON bodies under /api/
 * @param forms           every other form post (questionnaire, sign-in, consultant, accounts)
 * @param catalogue       the admin catalogue editor's forms, under /admin/catalogue/
 * @param catalogueImport the catalogue file upload, POST /admin/catalogue/import
 * @param logo            a practice's logo upload, POST /consultant/practice/logo: the file may have
 *                        512 KB (practice.LogoImage says so itself, next to the field); this leaves
 *                        room for the multipart framing, and a larger body gets the 413 page
 */
@ConfigurationProperties("advisor.request-body")
public record RequestBodyLimits(@DefaultValue("16KB") DataSize api, @DefaultValue("32KB") DataSize forms,
                                @DefaultValue("64KB") DataSize catalogue,
                                @DefaultValue("1MB") DataSize catalogueImport,
                                @DefaultValue("600KB") DataSize logo) {

    /** The limit of a path (without the context path). */
    DataSize of(String path) {
        if (path.startsWith("/api/")) {
            return api;
        }
        if (path.equals("/admin/catalogue/import")) {
            return catalogueImport;
        }
        if (path.equals("/consultant/practice/logo")) {
            return logo;
        }
        if (path.startsWith("/admin/catalogue/")) {
            return catalogue;
        }
        return forms;
    }
}
