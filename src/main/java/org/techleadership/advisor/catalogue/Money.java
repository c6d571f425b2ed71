package org.techleadership.advisor.catalogue;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/** An amount or a range as the cost sections write it: "£3,000 to £16,000", "$124,000". */
public final class Money {

    private static final Map<String, String> SYMBOLS = Map.of("GBP", "£", "USD", "$", "EUR", "€");

    private Money() {
    }

    public static String range(String currency, int low, Integer high) {
        String from = amount(currency, low);
        return high == null || high == low ? from : from + " to " + amount(currency, high);
    }

    public static String amount(String currency, int value) {
        String symbol = SYMBOLS.get(currency);
        String number = NumberFormat.getIntegerInstance(Locale.UK).format(value);
        return symbol != null ? symbol + number : number + " " + currency;
    }
}
