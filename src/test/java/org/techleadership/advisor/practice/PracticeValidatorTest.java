package org.techleadership.advisor.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** What Bean Validation cannot see: a readable accent, an https booking link, origins without a path. */
class PracticeValidatorTest {

    private static Errors check(String field, String value) {
        PracticeForm form = new PracticeForm();
        form.setName("Morgan IT");
        switch (field) {
            case "accent" -> form.setAccent(value);
            case "bookingUrl" -> form.setBookingUrl(value);
            default -> form.setEmbedOrigins(value);
        }
        Errors errors = new BeanPropertyBindingResult(form, "practiceForm");
        new PracticeValidator().validate(form, errors);
        return errors;
    }

    @Test
    void aLightAccentIsRefusedWithItsRatioAndADarkerShade() {
        Errors errors = check("accent", "#FFCC00");
        assertThat(errors.getFieldError("accent").getCode()).isEqualTo("practice.accent.contrast");
        assertThat(errors.getFieldError("accent").getArguments()).containsExactly("#ffcc00", "1.5", "#8e7200");
        assertThat(check("accent", "#1a4d8f").hasErrors()).isFalse();
        assertThat(check("accent", "").hasErrors()).as("none: the product's own").isFalse();
        assertThat(check("accent", "1a4d8f").getFieldError("accent").getCode()).isEqualTo("practice.accent.pattern");
    }

    @Test
    void theBookingLinkMustBeHttps() {
        assertThat(check("bookingUrl", "https://cal.example/alice").hasErrors()).isFalse();
        for (String refused : new String[] {"http://cal.example/alice", "javascript:alert(1)", "https://", "cal.example",
                "https://user:pw@cal.example/"}) {
            assertThat(check("bookingUrl", refused).hasFieldErrors("bookingUrl")).as(refused).isTrue();
        }
    }

    @Test
    void embeddingOriginsAreHttpsOriginsWithoutAPathAndAtMostTen() {
        assertThat(check("embedOrigins", "https://www.morgan-it.example\nhttps://shop.example:8443/\nhttp://localhost:3000")
                .hasErrors()).isFalse();
        for (String refused : new String[] {"http://morgan-it.example", "https://morgan-it.example/quiz",
                "https://morgan-it.example?x=1", "*.morgan-it.example", "https://a.example\n".repeat(11)}) {
            assertThat(check("embedOrigins", refused).hasFieldErrors("embedOrigins")).as(refused).isTrue();
        }
        assertThat(EmbedOrigins.normalised(" HTTPS://WWW.Morgan-IT.example/ \n\n")).isEqualTo("https://www.morgan-it.example");
    }
}
