package org.techleadership.advisor.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Only a PNG or JPEG of sane size gets through, and what comes out is always a PNG that fits the box. */
class LogoImageTest {

    static byte[] image(String format, int width, int height, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b5d63));
        g.fillRect(0, 0, width, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    static byte[] jpeg(int width, int height) throws IOException {
        return image("jpeg", width, height, BufferedImage.TYPE_INT_RGB);
    }

    static LogoImage.Refusal refusal(byte[] upload) {
        try {
            LogoImage.reencode(upload);
        } catch (LogoImage.Refused refused) {
            return refused.reason();
        }
        return null;
    }

    @Test
    void aJpegComesOutAsAPngScaledToFitTheBox() throws Exception {
        LogoImage.Png png = LogoImage.reencode(jpeg(1200, 300));

        assertThat(LogoImage.startsWith(png.bytes(), new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isTrue();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(480).isEqualTo(png.width());
        assertThat(decoded.getHeight()).isEqualTo(120).isEqualTo(png.height());
    }

    @Test
    void aSmallLogoIsNotBlownUp() throws Exception {
        LogoImage.Png png = LogoImage.reencode(image("png", 200, 50, BufferedImage.TYPE_INT_ARGB));
        assertThat(png.width()).isEqualTo(200);
        assertThat(png.height()).isEqualTo(50);
    }

    @Test
    void anSvgIsRefusedWhateverItIsCalled() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(svg)).isEqualTo(LogoImage.Refusal.NOT_PNG_OR_JPEG);
    }

    @Test
    void aGifIsRefusedEvenThoughImageIoCouldReadIt() throws Exception {
        assertThat(refusal(image("gif", 100, 40, BufferedImage.TYPE_INT_RGB))).isEqualTo(LogoImage.Refusal.NOT_PNG_OR_JPEG);
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeAnythingReadsIt() {
        byte[] big = new byte[LogoImage.MAX_BYTES + 1];
        new Random(1).nextBytes(big);
        big[0] = (byte) 0xff;
        big[1] = (byte) 0xd8;
        big[2] = (byte) 0xff;
        assertThat(refusal(big)).isEqualTo(LogoImage.Refusal.TOO_LARGE);
    }

    @Test
    void aSmallFileDeclaringTooManyPixelsIsRefusedBeforeItIsDecoded() throws Exception {
        // 4001 × 4001 one-bit pixels compress to a few kilobytes: a decompression bomb in miniature
        byte[] bomb = image("png", LogoImage.MAX_SIDE + 1, LogoImage.MAX_SIDE + 1, BufferedImage.TYPE_BYTE_BINARY);
        assertThat(bomb.length).isLessThan(LogoImage.MAX_BYTES);
        assertThat(refusal(bomb)).isEqualTo(LogoImage.Refusal.TOO_MANY_PIXELS);
    }

    @Test
    void aPngHeaderWithNothingBehindItIsUnreadable() {
        byte[] broken = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'I', 'H'};
        assertThat(refusal(broken)).isEqualTo(LogoImage.Refusal.UNREADABLE);
        assertThat(refusal(new byte[0])).isEqualTo(LogoImage.Refusal.EMPTY);
    }

    @Test
    void refusalsCarryTheirReason() {
        assertThatThrownBy(() -> LogoImage.reencode("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(LogoImage.Refused.class);
    }
}
