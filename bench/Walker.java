import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concurrent walker through the HTML questionnaire, as a browser with JavaScript off would do it:
 * GET / -> POST /start -> (GET /q/{t}/n, POST /q/{t}/n with the answers and action=next) x 4
 * -> GET /q/{t}/result. Each walker has its own HttpClient and CookieManager (the XSRF-TOKEN
 * cookie), and reads the masked _csrf hidden input from the page it has just fetched.
 *
 * Run: java bench/Walker.java BASE_URL WALKERS SECONDS [WARMUP_SECONDS]
 * Prints one line "WALKER key=value ..." at the end (counts only what happened after warm-up).
 * Exit code 0 even with errors: the caller reads the counts.
 */
public class Walker {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    static final List<Map<String, String>> STEPS = List.of(
            ordered("focus", "PROCESS", "audience", "EMPLOYEES", "challenge", "LEGACY_SYSTEMS"),
            ordered("company_size", "MEDIUM", "tech_team", "ESTABLISHED", "regulation", "MODERATE"),
            ordered("success_measure", "BUSINESS_OUTCOME", "involvement", "LEAD_TEAM"),
            ordered("budget", "FULL_TIME", "need_pattern", "ONGOING"));

    static final LongAdder walks = new LongAdder();
    static final LongAdder requests = new LongAdder();
    static final LongAdder errors = new LongAdder();
    static final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
    static volatile boolean counting;
    static volatile boolean running = true;

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java Walker.java BASE_URL WALKERS SECONDS [WARMUP_SECONDS]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/$", "");
        int n = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        double warmup = args.length > 3 ? Double.parseDouble(args[3]) : 0;

        List<Thread> threads = new ArrayList<>();
        List<WalkerState> states = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            WalkerState state = new WalkerState(base);
            states.add(state);
            Thread t = new Thread(state::loop, "walker-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
        counting = warmup <= 0;
        threads.forEach(Thread::start);
        if (warmup > 0) {
            Thread.sleep((long) (warmup * 1000));
            counting = true;
        }
        System.out.println("COUNTING"); // the caller may start its own meters here
        System.out.flush();
        long start = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        long elapsed = System.nanoTime() - start;
        counting = false;
        running = false;
        for (Thread t : threads) {
            t.join(15_000);
        }

        long[] all = states.stream().flatMapToLong(s -> Arrays.stream(s.times, 0, s.count)).sorted().toArray();
        double secs = elapsed / 1e9;
        long w = walks.sum();
        StringBuilder kinds = new StringBuilder();
        errorKinds.forEach((k, v) -> kinds.append(kinds.length() == 0 ? "" : ",").append(k).append(':').append(v.sum()));
        System.out.printf(java.util.Locale.ROOT,
                "WALKER walkers=%d seconds=%.1f walks=%d walks_per_s=%.1f requests=%d requests_per_s=%.1f "
                        + "errors=%d walk_p50_ms=%.1f walk_p99_ms=%.1f error_kinds=%s%n",
                n, secs, w, w / secs, requests.sum(), requests.sum() / secs, errors.sum(),
                pct(all, 50) / 1e6, pct(all, 99) / 1e6, kinds.length() == 0 ? "-" : kinds);
        System.exit(0);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static void error(String kind) {
        if (counting) {
            errors.increment();
            errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
    }

    static final class WalkFailed extends Exception {
        WalkFailed(String kind) {
            super(kind, null, false, false);
        }
    }

    static final class WalkerState {
        final String base;
        final HttpClient client;
        long[] times = new long[1024];
        int count;

        WalkerState(String base) {
            this.base = base;
            CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
            this.client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .cookieHandler(cookies)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        void loop() {
            while (running) {
                long t0 = System.nanoTime();
                try {
                    walk();
                    // throughput: walks completed inside the measured window (even if begun in warm-up)
                    if (counting) {
                        walks.increment();
                        record(System.nanoTime() - t0);
                    }
                } catch (WalkFailed e) {
                    error(e.getMessage());
                } catch (Exception e) {
                    if (running) {
                        error(e.getClass().getSimpleName());
                    }
                }
            }
        }

        void record(long nanos) {
            if (count == times.length) {
                times = Arrays.copyOf(times, count * 2);
            }
            times[count++] = nanos;
        }

        void walk() throws Exception {
            HttpResponse<String> page = get("/", 200);
            HttpResponse<String> started = post("/start", Map.of(), csrf(page), 302);
            String location = location(started);
            Matcher m = Pattern.compile("/q/([A-Za-z0-9_-]+)/1$").matcher(location);
            if (!m.find()) {
                throw new WalkFailed("start-location");
            }
            String token = m.group(1);
            for (int step = 1; step <= STEPS.size(); step++) {
                String path = "/q/" + token + "/" + step;
                page = get(path, 200);
                HttpResponse<String> next = post(path, STEPS.get(step - 1), csrf(page), 302);
                String expected = step < STEPS.size() ? "/q/" + token + "/" + (step + 1) : "/q/" + token + "/result";
                if (!location(next).endsWith(expected)) {
                    throw new WalkFailed("step" + step + "-location");
                }
            }
            HttpResponse<String> result = get("/q/" + token + "/result", 200);
            if (!result.body().contains("/r/")) {
                throw new WalkFailed("result-without-share-link");
            }
        }

        String location(HttpResponse<String> response) throws WalkFailed {
            return response.headers().firstValue("Location").orElseThrow(() -> new WalkFailed("no-location"));
        }

        String csrf(HttpResponse<String> page) throws WalkFailed {
            Matcher m = CSRF.matcher(page.body());
            if (!m.find()) {
                throw new WalkFailed("no-csrf-input");
            }
            return m.group(1) != null ? m.group(1) : m.group(2);
        }

        HttpResponse<String> get(String path, int expected) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30)).GET().build();
            return send(request, expected, "GET");
        }

        HttpResponse<String> post(String path, Map<String, String> fields, String csrf, int expected) throws Exception {
            StringBuilder body = new StringBuilder();
            for (Map.Entry<String, String> e : fields.entrySet()) {
                body.append(enc(e.getKey())).append('=').append(enc(e.getValue())).append('&');
            }
            body.append("_csrf=").append(enc(csrf)).append("&action=next");
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build();
            return send(request, expected, "POST");
        }

        HttpResponse<String> send(HttpRequest request, int expected, String method) throws Exception {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (counting) {
                requests.increment();
            }
            if (response.statusCode() != expected) {
                throw new WalkFailed(method + "-" + response.statusCode());
            }
            return response;
        }

        static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
