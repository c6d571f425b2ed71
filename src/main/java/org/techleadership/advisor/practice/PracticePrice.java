package org.techleadership.advisor.practice;

import org.techleadership.advisor.catalogue.Money;

/**
 * A practice's own price for one role, shown to its clients and leads instead of the published
 * ranges: a range, or one figure when high is null, in one currency and per DAY, MONTH or YEAR.
 */
public record PracticePrice(String profileCode, String currency, String basis, int low, Integer high, String note) {

    /** "£1,200 to £1,500", or "£1,200". */
    public String amounts() {
        return Money.range(currency, low, high);
    }
}
