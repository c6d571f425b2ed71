package org.techleadership.advisor.consultant;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.techleadership.advisor.catalogue.Question;

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

    /** One line per client: its latest invitation and take, then one column per question with the answer given. */
    static String of(List<ClientRow> rows, List<Question> questions, String baseUrl) {
        StringBuilder csv = new StringBuilder(BOM).append(line(Stream.concat(Stream.of("Client", "Contact", "E-mail",
                "Added on", "Status", "Step", "Last activity (UTC)", "Finished on", "Recommendation", "Fit",
                "Consultant's advice", "Invitation link", "Share link", "Withdrawn", "Came from"),
                questions.stream().map(Question::shortLabel))));
        for (ClientRow row : rows) {
            boolean answering = row.status() == ClientRow.Status.IN_PROGRESS;
            Stream<String> record = Stream.of(row.name(), row.contactName(), row.contactEmail(),
                    DAY.format(row.createdAt()), row.status().label(),
                    answering ? Integer.toString(row.step()) : null,
                    MINUTE.format(row.lastActivity()),
                    row.finishedAt() == null ? null : DAY.format(row.finishedAt()),
                    row.recommendation(), row.fit() == null ? null : row.fit().toString(), row.advice(),
                    row.draftToken() == null ? null : baseUrl + "/q/" + row.draftToken(),
                    row.shareToken() == null ? null : baseUrl + "/r/" + row.shareToken(),
                    row.revoked() ? "yes" : "", row.lead() ? "Your questionnaire link" : "Invitation");
            Stream<String> answers = questions.stream().map(q -> {
                String key = row.answers().get(q.key());
                Question.AnswerOption option = key == null ? null : q.option(key);
                return option == null ? null : option.label();
            });
            csv.append(line(Stream.concat(record, answers)));
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
