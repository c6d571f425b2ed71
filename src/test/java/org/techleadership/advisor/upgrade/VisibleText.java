package org.techleadership.advisor.upgrade;

import java.io.IOException;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a person reads on a page, a PDF or an API body, with the parts that legitimately differ between
 * two runs (whitespace, markup, the host and port of the server, page breaks) taken out, so that what is
 * left can be compared between the release that made a link and a later one.
 */
final class VisibleText {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
    private static final Pattern PAGE_NUMBER = Pattern.compile("Page \\d+ of \\d+");

    private VisibleText() {
    }

    /** The text of the page's {@code <main>} element (the recommendation and its own headings), whitespace-normalised. */
    static String mainText(String html, URI server) {
        Document page = Jsoup.parse(html);
        Element main = page.selectFirst("main");
        if (main == null) {
            throw new AssertionError("the page has no <main> element: " + abbreviate(page.text()));
        }
        return withoutServer(normalise(main.text()), server);
    }

    /** The text before the first occurrence of {@code marker} (all of it when there is none). */
    static String before(String text, String marker) {
        int at = text.indexOf(marker);
        return (at < 0 ? text : text.substring(0, at)).strip();
    }

    /**
     * The PDF's text, whitespace-normalised. The running head and foot that openhtmltopdf repeats on
     * every page (title and date; "made on … · catalogue version … Page n of m") are kept once each, at
     * the start and with the page numbers taken out, so that only a change of words, and not a change of
     * where the pages break, changes the result. Ligatures (fi, ff) are read as their letters.
     */
    static String pdfText(byte[] pdf, URI server) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            int pages = document.getNumberOfPages();
            List<List<String>> lines = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                lines.add(stripper.getText(document).lines()
                        .map(l -> normalise(Normalizer.normalize(l, Normalizer.Form.NFKC))) // ligatures are the font's
                        .filter(l -> !l.isEmpty()).toList());
            }
            // a running head: the first line of every page after the first one
            Set<String> heads = new LinkedHashSet<>();
            if (pages > 1) {
                String head = lines.get(1).isEmpty() ? null : lines.get(1).get(0);
                boolean everywhere = head != null && lines.subList(1, pages).stream()
                        .allMatch(l -> !l.isEmpty() && l.get(0).equals(head));
                if (everywhere) {
                    heads.add(head);
                }
            }
            Set<String> furniture = new LinkedHashSet<>(heads);
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < pages; p++) {
                List<String> page = lines.get(p);
                for (int i = 0; i < page.size(); i++) {
                    String line = page.get(i);
                    if (PAGE_NUMBER.matcher(line).find()) {
                        furniture.add(PAGE_NUMBER.matcher(line).replaceAll("Page # of #"));
                    } else if (!(p > 0 && i == 0 && heads.contains(line))) {
                        body.append(line).append(' ');
                    }
                }
            }
            return withoutServer(normalise("[page furniture: " + String.join(" | ", furniture) + "] " + body), server);
        }
    }

    /**
     * An API body with the scheme, host and port of {@code shareUrl} taken out: a link made on one server
     * must read the same on another address.
     */
    static JsonNode apiBody(String body) {
        JsonNode node = JSON.readTree(body);
        if (node instanceof ObjectNode object && object.has("shareUrl") && object.get("shareUrl").isString()) {
            URI share = URI.create(object.get("shareUrl").asString());
            object.put("shareUrl", "{server}" + share.getRawPath());
        }
        return node;
    }

    /** The address the text was read from (the PDF prints the share link) becomes "{server}". */
    static String withoutServer(String text, URI server) {
        String origin = server.getScheme() + "://" + server.getRawAuthority();
        return text.replace(origin, "{server}");
    }

    static String normalise(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
