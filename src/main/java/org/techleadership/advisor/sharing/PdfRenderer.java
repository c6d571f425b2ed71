package org.techleadership.advisor.sharing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Typesets a Thymeleaf template as a PDF: the template is rendered to HTML outside any web request
 * (so it must not use {@code @{...}} links or forms), parsed by jsoup into a DOM and laid out by
 * openhtmltopdf with the DejaVu Sans fonts shipped in the app, never the system's.
 */
@Component
public class PdfRenderer {

    /** The family name templates use in their CSS. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;

    public PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
        this.regular = read("fonts/DejaVuSans.ttf");
        this.bold = read("fonts/DejaVuSans-Bold.ttf");
        FontMappers.set(new ShippedFontsOnly(regular));
    }

    static boolean isEmbeddedPng(String uri) {
        return uri != null && uri.startsWith("data:image/png;base64,");
    }

    /** The HTML the template gives for these variables; #{...} messages come from the app's message source. */
    public String html(String template, Map<String, Object> variables, Locale locale) {
        return templates.process(template, new Context(locale, variables));
    }

    /**
     * The PDF for the template. The base URI only resolves relative links in the document; nothing
     * outside it is ever fetched (no stylesheets, images or fonts from the network or the disk).
     */
    public byte[] pdf(String template, Map<String, Object> variables, Locale locale, String baseUri) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html(template, variables, locale), baseUri);
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(parsed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("Tech Leader Advisor");
            // tagged PDF for screen readers; it also leaves out PDF's built-in base fonts, which PDFBox
            // would otherwise look for among the system's fonts on every render
            builder.usePdfUaAccessibility(true);
            // only images the document carries itself (a practice's logo, as a data: URI)
            builder.useExternalResourceAccessControl((uri, type) -> isEmbeddedPng(uri),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> isEmbeddedPng(uri),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withW3cDocument(dom, baseUri);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not typeset " + template + " as PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * PDFBox maps fonts a document names but does not embed onto the system's fonts, scanning them all
     * (and caching the list in the home directory) the first time. Our PDFs embed every font they
     * draw with; the one such font openhtmltopdf still asks for is ZapfDingbats, for form checkboxes
     * we never make, and a scan only to warn that it is missing helps no one. So PDFBox gets the
     * shipped DejaVu Sans for any such request and never looks at the system's fonts.
     */
    static final class ShippedFontsOnly implements FontMapper {

        private final TrueTypeFont font;

        ShippedFontsOnly(byte[] ttf) {
            try {
                this.font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
            } catch (IOException e) {
                throw new UncheckedIOException("The shipped font cannot be read", e);
            }
        }

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(font, true);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(font, false);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
            return new CIDFontMapping(null, font, true);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + path + " is missing from the app", e);
        }
    }
}
