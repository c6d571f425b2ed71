package org.techleadership.advisor.practice;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An uploaded logo made safe to serve: only PNG or JPEG, recognised by their first bytes (never by
 * the file's name or declared type; no SVG, which can carry script), at most {@link #MAX_BYTES},
 * its size read from the header before anything is decoded (a small file can declare billions of
 * pixels), then decoded and written again as a PNG that fits {@link #BOX_WIDTH}×{@link #BOX_HEIGHT}.
 * What is stored is only what this class drew.
 */
final class LogoImage {

    static final int MAX_BYTES = 512 * 1024;
    static final int MAX_SIDE = 4000;
    static final int BOX_WIDTH = 480;
    static final int BOX_HEIGHT = 160;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    /** Why an upload was refused; each has its message, practice.logo.{name}. */
    enum Refusal { EMPTY, TOO_LARGE, NOT_PNG_OR_JPEG, TOO_MANY_PIXELS, UNREADABLE }

    static final class Refused extends Exception {
        private final Refusal reason;

        Refused(Refusal reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        Refusal reason() {
            return reason;
        }
    }

    record Png(byte[] bytes, int width, int height) {}

    private LogoImage() {
    }

    static Png reencode(byte[] upload) throws Refused {
        if (upload == null || upload.length == 0) {
            throw new Refused(Refusal.EMPTY);
        }
        if (upload.length > MAX_BYTES) {
            throw new Refused(Refusal.TOO_LARGE);
        }
        String format = startsWith(upload, PNG) ? "png" : startsWith(upload, JPEG) ? "jpeg" : null;
        if (format == null) {
            throw new Refused(Refusal.NOT_PNG_OR_JPEG);
        }
        BufferedImage decoded = decode(upload, format);
        return encode(fitted(decoded));
    }

    static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The reader of the format the bytes say, never one ImageIO guesses; the size checked first. */
    private static BufferedImage decode(byte[] upload, String format) throws Refused {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new Refused(Refusal.UNREADABLE);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > MAX_SIDE || height > MAX_SIDE) {
                throw new Refused(Refusal.TOO_MANY_PIXELS);
            }
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw new Refused(Refusal.UNREADABLE);
            }
            return image;
        } catch (IOException | RuntimeException broken) {
            throw new Refused(Refusal.UNREADABLE);
        } finally {
            reader.dispose();
        }
    }

    /** Scaled down (never up) to fit the box, keeping its proportions and its transparency. */
    private static BufferedImage fitted(BufferedImage image) {
        double scale = Math.min(1.0, Math.min((double) BOX_WIDTH / image.getWidth(), (double) BOX_HEIGHT / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        Image scaled = scale < 1.0 ? image.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING) : image;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(scaled, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static Png encode(BufferedImage image) throws Refused {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new Refused(Refusal.UNREADABLE);
            }
        } catch (IOException e) {
            throw new Refused(Refusal.UNREADABLE);
        }
        return new Png(out.toByteArray(), image.getWidth(), image.getHeight());
    }
}
