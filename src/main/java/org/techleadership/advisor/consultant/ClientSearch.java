package org.techleadership.advisor.consultant;

import jakarta.validation.constraints.Size;

/** The dashboard's search as typed: part of a client's name (never longer than a name can be) and the order. */
public class ClientSearch {

    @Size(max = InviteForm.CLIENT_LABEL_MAX, message = "{dashboard.search.tooLong}")
    private String q = "";

    private String sort = "newest";

    boolean oldestFirst() {
        return "oldest".equals(sort);
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
