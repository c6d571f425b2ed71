package org.techleadership.advisor.practice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A practice's own price for one role, as typed: a single figure (high left empty) or a range. The
 * controller checks what Bean Validation cannot: that the role exists and that high is not below low.
 */
public class PriceForm {

    @NotNull(message = "{practice.price.profile.required}")
    @Size(min = 1, max = 40, message = "{practice.price.profile.required}")
    private String profileCode = "";

    @NotNull(message = "{practice.price.currency.invalid}")
    @Pattern(regexp = "GBP|USD|EUR", message = "{practice.price.currency.invalid}")
    private String currency = "GBP";

    @NotNull(message = "{practice.price.basis.invalid}")
    @Pattern(regexp = "DAY|MONTH|YEAR", message = "{practice.price.basis.invalid}")
    private String basis = "DAY";

    @NotNull(message = "{practice.price.low.required}")
    @Min(value = 0, message = "{practice.price.amount.negative}")
    @Max(value = 10_000_000, message = "{practice.price.amount.tooLarge}")
    private Integer low;

    @Min(value = 0, message = "{practice.price.amount.negative}")
    @Max(value = 10_000_000, message = "{practice.price.amount.tooLarge}")
    private Integer high;

    @Size(max = 300, message = "{practice.price.note.size}")
    private String note = "";

    PracticePrice price() {
        return new PracticePrice(profileCode, currency, basis, low, high, PracticeForm.blankToNull(note));
    }

    public String getProfileCode() { return profileCode; }
    public void setProfileCode(String profileCode) { this.profileCode = profileCode == null ? "" : profileCode.strip(); }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
    public Integer getLow() { return low; }
    public void setLow(Integer low) { this.low = low; }
    public Integer getHigh() { return high; }
    public void setHigh(Integer high) { this.high = high; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note == null ? "" : note; }
}
