package org.techleadership.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** A chunked body is counted whichever way it is read, stream or reader, and refused at the limit. */
class CountedBodyTest {

    private final RequestBodyLimit filter = new RequestBodyLimit(new RequestBodyLimits(DataSize.ofKilobytes(16),
            DataSize.ofKilobytes(32), DataSize.ofKilobytes(64), DataSize.ofMegabytes(1), DataSize.ofKilobytes(600)), JsonMapper.builder().build());

    @Test
    void aReaderStopsAtTheLimit() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(chunked("/api/v1/assessments", 16 * 1024 + 1), response, readAll(true));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"maxBytes\":16384");
    }

    @Test
    void aStreamStopsAtTheLimitOfItsPath() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(chunked("/consultant/invite", 32 * 1024 + 1), response, readAll(false));
        assertThat(response.getStatus()).isEqualTo(413);

        MockHttpServletResponse read = new MockHttpServletResponse();
        filter.doFilter(chunked("/admin/catalogue/rules", 32 * 1024 + 1), read, readAll(false));
        assertThat(read.getStatus()).isEqualTo(204);
    }

    @Test
    void aBodyAtTheLimitIsReadWhole() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(chunked("/api/v1/assessments", 16 * 1024), response, readAll(true));
        assertThat(response.getStatus()).isEqualTo(204);
    }

    /** Reads the whole body, then answers 204. */
    private static FilterChain readAll(boolean reader) {
        return (request, response) -> {
            if (reader) {
                try (BufferedReader lines = request.getReader()) {
                    while (lines.read() >= 0) {
                        // read on
                    }
                }
            } else {
                request.getInputStream().readAllBytes();
            }
            ((jakarta.servlet.http.HttpServletResponse) response).setStatus(204);
        };
    }

    private static MockHttpServletRequest chunked(String path, int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return -1; // as Tomcat reports a chunked body
            }
        };
        request.addHeader("Transfer-Encoding", "chunked");
        request.setCharacterEncoding("UTF-8");
        request.setContent("x".repeat(bytes).getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
