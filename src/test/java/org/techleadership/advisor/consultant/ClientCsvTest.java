package org.techleadership.advisor.consultant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The dashboard as CSV: a byte-order mark for Excel, every cell quoted, nothing a spreadsheet would
 * run, dates a spreadsheet reads as dates (UTC), the invitation link beside the share link.
 */
class ClientCsvTest {

    static final String BASE = "https://advisor.example";

    private static ClientRow done(String label, String advice, boolean revoked) {
        return new ClientRow(1, label, Instant.parse("2026-03-03T23:59:00Z"), ClientRow.Status.DONE, "draft", 2L,
                "share-token", "Virtual CIO", 82, advice, revoked, 4, Instant.parse("2026-03-03T23:59:00Z"));
    }

    @Test
    void aHeaderAndOneQuotedLinePerClient() {
        String csv = ClientCsv.of(List.of(done("Acme Ltd", "Fractional CIO", false)), BASE);

        assertThat(csv).isEqualTo("\uFEFF\"Client\",\"Invited on\",\"Status\",\"Step\",\"Last answer (UTC)\","
                + "\"Finished on\",\"Recommendation\",\"Fit\",\"Consultant's advice\",\"Invitation link\",\"Share link\","
                + "\"Withdrawn\"\r\n"
                + "\"Acme Ltd\",\"2026-03-03\",\"Done\",\"\",\"2026-03-03 23:59\",\"2026-03-03\",\"Virtual CIO\",\"82\","
                + "\"Fractional CIO\",\"https://advisor.example/q/draft\",\"https://advisor.example/r/share-token\",\"\"\r\n");
    }

    @Test
    void datesAreTheDayInUtc() {
        ClientRow lateAtNight = new ClientRow(1, "Acme", Instant.parse("2026-12-31T23:30:00Z"),
                ClientRow.Status.INVITED, "draft", null, null, null, null, null, false, 1,
                Instant.parse("2026-12-31T23:30:00Z"));

        assertThat(ClientCsv.of(List.of(lateAtNight), BASE)).contains("\"Acme\",\"2026-12-31\",\"Invited\"");
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
        ClientRow invited = new ClientRow(1, "Acme", Instant.parse("2026-03-03T10:00:00Z"), ClientRow.Status.INVITED,
                "draft", null, null, null, null, null, false, 1, Instant.parse("2026-03-03T10:00:00Z"));
        String csv = ClientCsv.of(List.of(invited, done("Beta", null, true)), BASE);

        assertThat(csv).contains("\"Acme\",\"2026-03-03\",\"Invited\",\"\",\"\",\"\",\"\",\"\",\"\","
                        + "\"https://advisor.example/q/draft\",\"\",\"\"\r\n")
                .contains("\"Beta\",\"2026-03-03\",\"Done\",\"\",\"2026-03-03 23:59\",\"2026-03-03\",\"Virtual CIO\",\"82\","
                        + "\"\",\"https://advisor.example/q/draft\",\"https://advisor.example/r/share-token\",\"yes\"\r\n");
    }

    @Test
    void aClientAnsweringShowsTheirStepAndLastAnswer() {
        ClientRow answering = new ClientRow(1, "Acme", Instant.parse("2026-03-03T10:00:00Z"),
                ClientRow.Status.IN_PROGRESS, "draft", null, null, null, null, null, false, 3,
                Instant.parse("2026-03-04T09:15:00Z"));
        assertThat(ClientCsv.of(List.of(answering), BASE))
                .contains("\"Acme\",\"2026-03-03\",\"In progress\",\"3\",\"2026-03-04 09:15\",\"\",");
    }
}
