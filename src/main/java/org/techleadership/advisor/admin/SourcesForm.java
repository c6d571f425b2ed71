package org.techleadership.advisor.admin;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;
import org.techleadership.advisor.catalogue.PriceSource;
import org.techleadership.advisor.catalogue.editing.CatalogueCheck;

/** The list of cost sources as typed, with one empty row to add one; a row left empty is removed. */
public class SourcesForm {

    private List<Row> sources = new ArrayList<>();

    public static class Row {
        private String key = "";
        private String title = "";
        private String url = "";
        private String year = "";

        boolean isEmpty() {
            return (key + title + url + year).isBlank();
        }

        public String getKey() { return key; }
        public void setKey(String v) { key = v == null ? "" : v.strip(); }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v == null ? "" : v.strip(); }
        public String getUrl() { return url; }
        public void setUrl(String v) { url = v == null ? "" : v.strip(); }
        public String getYear() { return year; }
        public void setYear(String v) { year = v == null ? "" : v.strip(); }
    }

    static SourcesForm of(List<PriceSource> list) {
        SourcesForm form = new SourcesForm();
        for (PriceSource s : list) {
            Row row = new Row();
            row.setKey(s.key());
            row.setTitle(s.title());
            row.setUrl(s.url());
            row.setYear(String.valueOf(s.year()));
            form.sources.add(row);
        }
        form.sources.add(new Row());
        return form;
    }

    List<PriceSource> toSources(BindingResult result) {
        List<PriceSource> list = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Row row = sources.get(i);
            if (row.isEmpty()) {
                continue;
            }
            String at = "sources[" + i + "].";
            Integer year = CostsForm.number(row.year, at + "year", result);
            PriceSource source = new PriceSource(row.key, row.title, row.url, year == null ? 0 : year);
            CatalogueCheck.sourceProblems(source).forEach((field, problem) -> {
                if (!result.hasFieldErrors(at + field)) {
                    result.rejectValue(at + field, "catalogue", CostsForm.capitalised(problem));
                }
            });
            if (keys.contains(row.key) && !result.hasFieldErrors(at + "key")) {
                result.rejectValue(at + "key", "catalogue", "This key is already used above.");
            }
            keys.add(row.key);
            list.add(source);
        }
        return list;
    }

    public List<Row> getSources() { return sources; }
    public void setSources(List<Row> sources) { this.sources = sources; }
}
