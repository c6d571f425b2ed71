package org.techleadership.advisor.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.validation.BindingResult;
import org.techleadership.advisor.catalogue.CostRange;
import org.techleadership.advisor.catalogue.editing.CatalogueCheck;

/**
 * One role's cost ranges as typed, a row per region, with one empty row to add a region; a row left
 * empty is none. Figures are kept as text, so a wrong one comes back as it was typed.
 */
public class CostsForm {

    private List<Row> costs = new ArrayList<>();

    public static class Row {
        private String region = "";
        private String currency = "";
        private String basis = "";
        private String low = "";
        private String high = "";
        private String unit = "";
        private String timeToStart = "";
        private String year = "";
        private String sources = "";
        private String note = "";

        boolean isEmpty() {
            return (region + currency + basis + low + high + unit + timeToStart + year + sources + note).isBlank();
        }

        public String getRegion() { return region; }
        public void setRegion(String v) { region = v == null ? "" : v.strip().toUpperCase(Locale.ROOT); }
        public String getCurrency() { return currency; }
        public void setCurrency(String v) { currency = v == null ? "" : v.strip().toUpperCase(Locale.ROOT); }
        public String getBasis() { return basis; }
        public void setBasis(String v) { basis = v == null ? "" : v.strip().toUpperCase(Locale.ROOT); }
        public String getLow() { return low; }
        public void setLow(String v) { low = v == null ? "" : v.strip(); }
        public String getHigh() { return high; }
        public void setHigh(String v) { high = v == null ? "" : v.strip(); }
        public String getUnit() { return unit; }
        public void setUnit(String v) { unit = v == null ? "" : v; }
        public String getTimeToStart() { return timeToStart; }
        public void setTimeToStart(String v) { timeToStart = v == null ? "" : v; }
        public String getYear() { return year; }
        public void setYear(String v) { year = v == null ? "" : v.strip(); }
        public String getSources() { return sources; }
        public void setSources(String v) { sources = v == null ? "" : v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v == null ? "" : v; }
    }

    static CostsForm of(List<CostRange> ranges) {
        CostsForm form = new CostsForm();
        for (CostRange c : ranges) {
            Row row = new Row();
            row.setRegion(c.region());
            row.setCurrency(c.currency());
            row.setBasis(c.basis());
            row.setLow(String.valueOf(c.low()));
            row.setHigh(String.valueOf(c.high()));
            row.setUnit(c.unit());
            row.setTimeToStart(c.timeToStart());
            row.setYear(String.valueOf(c.year()));
            row.setSources(String.join(", ", c.sources()));
            row.setNote(c.note());
            form.costs.add(row);
        }
        form.costs.add(new Row());
        return form;
    }

    /** The ranges typed, each checked field by field (CatalogueCheck) with its error next to the field. */
    List<CostRange> toRanges(Set<String> sourceKeys, BindingResult result) {
        List<CostRange> ranges = new ArrayList<>();
        for (int i = 0; i < costs.size(); i++) {
            Row row = costs.get(i);
            if (row.isEmpty()) {
                continue;
            }
            String at = "costs[" + i + "].";
            Integer low = number(row.low, at + "low", result);
            Integer high = row.high.isEmpty() ? low : number(row.high, at + "high", result);
            Integer year = number(row.year, at + "year", result);
            List<String> keys = new ArrayList<>(new LinkedHashSet<>(Arrays.stream(row.sources.split("[,\\s]+"))
                    .map(String::strip).filter(k -> !k.isEmpty()).toList()));
            CostRange range = new CostRange(row.region, row.currency, row.basis, low == null ? 0 : low,
                    high == null ? 0 : high, blankToNull(row.unit), blankToNull(row.timeToStart),
                    year == null ? 0 : year, keys, blankToNull(row.note));
            CatalogueCheck.costProblems(range, sourceKeys).forEach((field, problem) -> {
                if (!result.hasFieldErrors(at + field)) {
                    result.rejectValue(at + field, "catalogue", capitalised(problem));
                }
            });
            ranges.add(range);
        }
        return ranges;
    }

    static Integer number(String text, String field, BindingResult result) {
        if (!text.matches("-?[0-9]{1,9}")) {
            result.rejectValue(field, "catalogue", "Enter a whole number, such as 1200.");
            return null;
        }
        return Integer.valueOf(text);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String capitalised(String problem) {
        return Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
    }

    public List<Row> getCosts() { return costs; }
    public void setCosts(List<Row> costs) { this.costs = costs; }
}
