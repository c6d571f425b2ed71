package org.techleadership.advisor.consultant;

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

    static String of(List<ClientRow> rows, String baseUrl) {
        StringBuilder csv = new StringBuilder(line(Stream.of("Client", "Invited on", "Status", "Recommendation", "Fit",
                "Consultant's advice", "Share link", "Withdrawn")));
        for (ClientRow row : rows) {
            csv.append(line(Stream.of(row.clientLabel(), ConsultantService.DATE.format(row.createdAt()),
                    row.status().label(), row.recommendation(), row.fit() == null ? null : row.fit().toString(),
                    row.advice(), row.shareToken() == null ? null : baseUrl + "/r/" + row.shareToken(),
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
