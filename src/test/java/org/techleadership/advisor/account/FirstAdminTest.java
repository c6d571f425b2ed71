package org.techleadership.advisor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

/** The first admin: from configuration, or a random password printed once. Never a default password. */
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
        try (ConfigurableApplicationContext app = startFresh()) {
            Matcher printed = Pattern.compile("password:\\s+(\\S+)").matcher(output.getOut());
            assertThat(printed.find()).isTrue();
            String password = printed.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(AccountService.MIN_PASSWORD_LENGTH);
            FormBrowser browser = new FormBrowser(port(app));
            assertThat(FormBrowser.location(browser.signIn("admin", password))).isEqualTo("/consultant");
            assertThat(FormBrowser.location(new FormBrowser(port(app)).signIn("admin", "admin"))).isEqualTo("/login");
        }
    }
}
