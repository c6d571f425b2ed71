package org.techleadership.advisor.consultant;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;

/** The dashboard's search as typed: part of a client's name (never longer than a name can be) and the order. */
public class ClientSearch {

    @Size(max = InviteForm.CLIENT_LABEL_MAX, message = "{dashboard.search.tooLong}")
    private String q = "";

    private String sort = "newest";

    /** "archived" lists the archived clients instead of the active ones. */
    private String show = "active";

    /**
     * A name as the search compares it: lower case, accents and case differences gone, so "muller"
     * finds "Müller & Söhne" and "ÇA" finds "ça" (ß becomes ss, as a German reader would type it).
     */
    static String folded(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return DIACRITICS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace("ß", "ss");
    }

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    boolean oldestFirst() {
        return "oldest".equals(sort);
    }

    boolean archived() {
        return "archived".equals(show);
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
