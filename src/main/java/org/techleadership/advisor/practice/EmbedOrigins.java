package org.techleadership.advisor.practice;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The origins that may show a practice's questionnaire in a frame, typed one per line: each
 * https://host[:port] (http only for localhost), with no path, query or user; at most {@link #MAX}.
 */
final class EmbedOrigins {

    static final int MAX = 10;

    private EmbedOrigins() {
    }

    /** The non-blank lines, trimmed. */
    static List<String> lines(String typed) {
        List<String> lines = new ArrayList<>();
        if (typed != null) {
            for (String line : typed.split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }

    /** The origin a line names, lower-cased and without a trailing slash; empty when it is not one. */
    static Optional<String> origin(String line) {
        URI uri;
        try {
            uri = new URI(line);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        boolean noPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
        if (host == null || !noPath || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            return Optional.empty();
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && host.equals("localhost"))) {
            return Optional.empty();
        }
        return Optional.of(scheme + "://" + host + (uri.getPort() >= 0 ? ":" + uri.getPort() : ""));
    }

    /** The stored form: each origin normalised, one per line; null when there are none. */
    static String normalised(String typed) {
        List<String> origins = lines(typed).stream().map(line -> origin(line).orElse(line)).distinct().toList();
        return origins.isEmpty() ? null : String.join("\n", origins);
    }
}
