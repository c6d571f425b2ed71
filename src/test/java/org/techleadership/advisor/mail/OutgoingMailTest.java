package org.techleadership.advisor.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What may be queued: one plain address, one line of subject, and a brand that cannot inject style. */
class OutgoingMailTest {

    private static OutgoingMail to(String recipient) {
        return new OutgoingMail(recipient, "Subject", "<p>Hi</p>", "Hi", "INVITATION", null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna@example.com", "anna.o'neil+tla@mail.example.co.uk", "ANNA@EXAMPLE.COM"})
    void aPlainAddressIsAccepted(String address) {
        assertThat(OutgoingMail.isDeliverable(address)).isTrue();
        assertThat(to(address).recipient()).isEqualTo(address);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"anna@example.com\r\nBcc: all@example.com", "anna@example.com\nBcc: all@example.com",
            "anna@example.com\r", "Anna <anna@example.com>", "anna@example.com, bob@example.com", "anna",
            "anna@example", "anna@@example.com", "anna@exa mple.com", " anna@example.com", "@example.com",
            "anna@[127.0.0.1]", "team: anna@example.com;",
            // Jakarta Mail's strict parser takes these (a folded line break, a bell in quotes): we do not
            "\"anna\r\n Bcc: all@example.com\"@example.com", "\"an\u0007na\"@example.com"})
    void anythingButOnePlainAddressIsRefused(String address) {
        assertThat(OutgoingMail.isDeliverable(address)).isFalse();
        assertThatThrownBy(() -> to(address)).isInstanceOf(InvalidRecipientException.class);
    }

    @Test
    void anAddressLongerThanSmtpAllowsIsRefused() {
        String address = "a".repeat(64) + "@" + "b".repeat(190) + ".com";
        assertThat(OutgoingMail.isDeliverable(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hello\r\nBcc: all@example.com", "Hello\nthere", " ", ""})
    void aSubjectOfMoreThanOneLineOrNoneIsRefused(String subject) {
        assertThatThrownBy(() -> new OutgoingMail("anna@example.com", subject, "<p>Hi</p>", "Hi", "INVITATION", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSubjectIsCappedAt200Characters() {
        new OutgoingMail("anna@example.com", "s".repeat(200), "<p>Hi</p>", "Hi", "INVITATION", null, null);
        assertThatThrownBy(() -> new OutgoingMail("anna@example.com", "s".repeat(201), "<p>Hi</p>", "Hi", "INVITATION", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#fff", "#0b5d63;background:url(https://evil.example/x)", "#0b5d6g"})
    void aBrandAccentIsAColourAndNothingElse(String accent) {
        assertThatThrownBy(() -> new MailBrand("Smith Advisory", accent, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "/logo.png", "data:image/png;base64,AAAA", "https://"})
    void aBrandLogoIsAnAbsoluteWebAddress(String logo) {
        assertThatThrownBy(() -> new MailBrand("Smith Advisory", "#0b5d63", logo, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new MailBrand("Smith Advisory", "#0b5d63", "https://cdn.example.com/logo.png", null).logoUrl()).isNotNull();
    }
}
