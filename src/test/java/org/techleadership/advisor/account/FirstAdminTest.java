package org.techleadership.advisor.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.techleadership.advisor.AdvisorApplication;
import org.techleadership.advisor.support.FormBrowser;

/**
 * The first admin: from configuration (passing the password policy), or a random one-time password
 * printed once on the console, never through the logging, and changed at the first sign-in. Never
 * a default password.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    private static ConfigurableApplicationContext startFresh(String... extra) throws Exception {
        String[] args = new String[extra.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--advisor.data-dir=" + Files.createTempDirectory("advisor-first-admin");
        args[2] = "--spring.main.banner-mode=off";
        System.arraycopy(extra, 0, args, 3, extra.length);
        return new SpringApplicationBuilder(AdvisorApplication.class).run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void theConfiguredAdminCanSignIn() throws Exception {
        try (ConfigurableApplicationContext app = startFresh("--advisor.admin.username=owner",
                "--advisor.admin.password=configured-admin-password")) {
            FormBrowser browser = new FormBrowser(port(app));
            assertThat(FormBrowser.location(browser.signIn("owner", "configured-admin-password"))).isEqualTo("/consultant");
            assertThat(browser.get("/admin/users").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withoutConfigurationARandomPasswordIsPrintedOnceAndWorks(CapturedOutput output) throws Exception {
        Path logFile = Files.createTempDirectory("advisor-first-admin-log").resolve("advisor.log");
        try (ConfigurableApplicationContext app = startFresh("--logging.file.name=" + logFile)) {
            Matcher printed = Pattern.compile("password:\\s+(\\S+)").matcher(output.getOut());
            assertThat(printed.find()).isTrue();
            String password = printed.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(AccountService.MIN_PASSWORD_LENGTH);
            FormBrowser browser = new FormBrowser(port(app));
            assertThat(FormBrowser.location(browser.signIn("admin", password))).isEqualTo("/consultant");
            assertThat(FormBrowser.location(new FormBrowser(port(app)).signIn("admin", "admin"))).isEqualTo("/login");
            assertThat(FormBrowser.location(browser.get("/admin/users"))).as("a password of one's own first")
                    .isEqualTo("/account/password");

            // printed on the console beside the log, never through the logging system
            assertThat(Files.readString(logFile)).as("the log file")
                    .contains("First start: created the admin account 'admin'").doesNotContain(password);
            // Boot's console pattern for a log event: "... LEVEL pid --- [app] [thread] logger : message"
            assertThat(output.getAll().lines().filter(line -> line.contains(password)))
                    .isNotEmpty().noneMatch(line -> line.contains(" --- ["));
        }
    }

    @Test
    void aConfiguredPasswordMustPassThePolicy() {
        AccountService accounts = mock(AccountService.class);
        FirstAdmin common = new FirstAdmin(accounts, new FirstAdminProperties("admin", "Password1234!"));
        assertThatThrownBy(() -> common.run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ADVISOR_ADMIN_PASSWORD is not accepted").hasMessageContaining("common")
                .hasMessageNotContaining("Password1234!");
        FirstAdmin spaces = new FirstAdmin(accounts, new FirstAdminProperties("admin", " ".repeat(12)));
        assertThatThrownBy(() -> spaces.run(null)).hasMessageContaining("only spaces");
        FirstAdmin named = new FirstAdmin(accounts, new FirstAdminProperties("owner", "the-owner-is-in-here"));
        assertThatThrownBy(() -> named.run(null)).hasMessageContaining("user name");
        verify(accounts, never()).createFirstAdmin(anyString(), anyString(), anyBoolean());
    }

    @Test
    void theSettingsNeverPrintThePassword() {
        assertThat(new FirstAdminProperties("owner", "configured-admin-password").toString())
                .contains("owner").doesNotContain("configured-admin-password");
    }
}
