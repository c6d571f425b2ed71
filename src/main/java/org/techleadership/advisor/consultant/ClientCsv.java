package org.techleadership.advisor.consultant;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The dashboard as CSV. Every cell is quoted, and a cell a spreadsheet would run as a formula
 * (starting with =, +, -, @, a tab or a carriage return) is made plain text with a leading quote.
 */
final class ClientCsv {

    private ClientCsv() {
    }

    /** Excel reads a CSV as UTF-8 only when it starts with this mark; other programs skip it. */
    static final String BOM = "\uFEFF";

    /** Dates a spreadsheet reads as dates (and the times as times), in UTC like the page. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    static String of(List<ClientRow> rows, String baseUrl) {
        StringBuilder csv = new StringBuilder(BOM).append(line(Stream.of("Client", "Invited on", "Status", "Step",
                "Last answer (UTC)", "Finished on", "Recommendation", "Fit", "Consultant's advice", "Invitation link",
                "Share link", "Withdrawn")));
        for (ClientRow row : rows) {
            boolean done = row.status() == ClientRow.Status.DONE;
            boolean answering = row.status() == ClientRow.Status.IN_PROGRESS;
            csv.append(line(Stream.of(row.clientLabel(), DAY.format(row.createdAt()), row.status().label(),
                    answering ? Integer.toString(row.step()) : null,
                    row.status() == ClientRow.Status.INVITED ? null : MINUTE.format(row.lastActivity()),
                    done ? DAY.format(row.lastActivity()) : null,
                    row.recommendation(), row.fit() == null ? null : row.fit().toString(), row.advice(),
                    baseUrl + "/q/" + row.draftToken(),
                    row.shareToken() == null ? null : baseUrl + "/r/" + row.shareToken(),
                    row.revoked() ? "yes" : "")));
        }
        return csv.toString();
    }

    private static String line(Stream<String> cells) {
        return cells.map(ClientCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null) {
            return "\"\"";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
