package org.techleadership.advisor.consultant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.techleadership.advisor.catalogue.Question;

/**
 * The dashboard as CSV: a byte-order mark for Excel, every cell quoted, nothing a spreadsheet would
 * run, dates a spreadsheet reads as dates (UTC), the invitation link beside the share link, and the
 * answers given, one column per question, in the questionnaire's own words.
 */
class ClientCsvTest {

    static final String BASE = "https://advisor.example";
    static final Instant DAY = Instant.parse("2026-03-03T23:59:00Z");
    static final List<Question> QUESTIONS = List.of(
            new Question("employees", 1, "How many people work here?", "", "Employees", List.of(
                    new Question.AnswerOption("E1_10", "1–10", "", "", null, null),
                    new Question.AnswerOption("E11_50", "11–50", "", "", null, null))),
            new Question("budget", 2, "What can you spend?", "", "Budget", List.of(
                    new Question.AnswerOption("LOW", "A few days a year", "", "", null, null))));

    private static ClientRow row(String name, ClientRow.Status status, int step, Instant created, Instant activity,
                                 String advice, boolean revoked, Map<String, String> answers) {
        boolean done = status == ClientRow.Status.DONE;
        return new ClientRow(1, name, done ? "Ana Silva" : null, done ? "ana@acme.test" : null, created, status, 3L,
                "draft", step, activity, done ? 2L : null, done ? "share-token" : null, done ? "Virtual CIO" : null,
                done ? 82 : null, advice, revoked, done ? activity : null, false, Client.Source.INVITATION, answers,
                false);
    }

    private static ClientRow done(String name, String advice, boolean revoked) {
        return row(name, ClientRow.Status.DONE, 4, DAY, DAY, advice, revoked, Map.of("employees", "E11_50", "budget", "LOW"));
    }

    @Test
    void aHeaderAndOneQuotedLinePerClientWithTheirAnswers() {
        String csv = ClientCsv.of(List.of(done("Acme Ltd", "Fractional CIO", false)), QUESTIONS, BASE);

        assertThat(csv).isEqualTo("\uFEFF\"Client\",\"Contact\",\"E-mail\",\"Added on\",\"Status\",\"Step\","
                + "\"Last activity (UTC)\",\"Finished on\",\"Recommendation\",\"Fit\",\"Consultant's advice\","
                + "\"Invitation link\",\"Share link\",\"Withdrawn\",\"Came from\",\"Employees\",\"Budget\"\r\n"
                + "\"Acme Ltd\",\"Ana Silva\",\"ana@acme.test\",\"2026-03-03\",\"Done\",\"\",\"2026-03-03 23:59\","
                + "\"2026-03-03\",\"Virtual CIO\",\"82\",\"Fractional CIO\",\"https://advisor.example/q/draft\","
                + "\"https://advisor.example/r/share-token\",\"\",\"Invitation\",\"11–50\",\"A few days a year\"\r\n");
    }

    @Test
    void datesAreTheDayInUtc() {
        Instant late = Instant.parse("2026-12-31T23:30:00Z");
        ClientRow lateAtNight = row("Acme", ClientRow.Status.INVITED, 1, late, late, null, false, Map.of());

        assertThat(ClientCsv.of(List.of(lateAtNight), QUESTIONS, BASE))
                .contains("\"Acme\",\"\",\"\",\"2026-12-31\",\"Invited\"");
    }

    @Test
    void quotesInsideACellAreDoubled() {
        assertThat(ClientCsv.cell("Acme \"The Best\", Ltd")).isEqualTo("\"Acme \"\"The Best\"\", Ltd\"");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsPlainText() {
        assertThat(ClientCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(ClientCsv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(ClientCsv.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(ClientCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(ClientCsv.cell("\tcmd")).isEqualTo("\"'\tcmd\"");
        assertThat(ClientCsv.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertThat(ClientCsv.cell("Acme = Ltd")).isEqualTo("\"Acme = Ltd\"");
        assertThat(ClientCsv.cell("")).isEqualTo("\"\"");
        assertThat(ClientCsv.cell(null)).isEqualTo("\"\"");
    }

    @Test
    void aClientNotYetDoneHasEmptyCellsAndAWithdrawnLinkSaysSo() {
        Instant morning = Instant.parse("2026-03-03T10:00:00Z");
        ClientRow invited = row("Acme", ClientRow.Status.INVITED, 1, morning, morning, null, false, Map.of());
        String csv = ClientCsv.of(List.of(invited, done("Beta", null, true)), QUESTIONS, BASE);

        assertThat(csv).contains("\"Acme\",\"\",\"\",\"2026-03-03\",\"Invited\",\"\",\"2026-03-03 10:00\",\"\",\"\","
                        + "\"\",\"\",\"https://advisor.example/q/draft\",\"\",\"\",\"Invitation\",\"\",\"\"\r\n")
                .contains("\"https://advisor.example/r/share-token\",\"yes\",");
    }

    @Test
    void aClientAnsweringShowsTheirStepLastAnswerAndTheAnswersSoFar() {
        ClientRow answering = row("Acme", ClientRow.Status.IN_PROGRESS, 3, Instant.parse("2026-03-03T10:00:00Z"),
                Instant.parse("2026-03-04T09:15:00Z"), null, false, Map.of("employees", "E1_10"));

        assertThat(ClientCsv.of(List.of(answering), QUESTIONS, BASE))
                .contains("\"Acme\",\"\",\"\",\"2026-03-03\",\"In progress\",\"3\",\"2026-03-04 09:15\",\"\",")
                .endsWith("\"Invitation\",\"1–10\",\"\"\r\n");
    }

    @Test
    void aLeadSaysItCameThroughTheConsultantsOwnLink() {
        ClientRow lead = new ClientRow(1, "Harbour Bakery", "Ana", "ana@harbour.test", DAY, ClientRow.Status.DONE, 3L,
                "draft", 4, DAY, 2L, "share", "Virtual CIO", 80, null, false, DAY, false, Client.Source.PUBLIC_LINK,
                Map.of(), false);

        assertThat(ClientCsv.of(List.of(lead), QUESTIONS, BASE)).contains("\"Your questionnaire link\"");
    }
}
