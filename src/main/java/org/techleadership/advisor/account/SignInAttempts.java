package org.techleadership.advisor.account;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords counted per (user name, address) and per address, so that a stranger's guesses
 * pause sign-in for the stranger only. Five for one name from one address refuse that name from that
 * address until the period (15 minutes) is over; thirty from one address, whatever the names, refuse
 * the address. A guess spread over many addresses is met by the account's own count (in the
 * database, {@link AppUser#MAX_FAILED_LOGINS} in a row): while that has the account locked, every
 * address that already failed on it in this period is refused, and an address that has not may
 * still try, so the owner signs in as usual. A refused attempt never reaches the password check.
 * <p>
 * The counts are kept on each instance, in bounded Caffeine maps whose entries leave once their
 * period is over; user names count as typed (unknown ones too), so refusals say nothing about
 * which names exist.
 */
@Component
@EnableConfigurationProperties(SignInProperties.class)
class SignInAttempts {

    private static final int MAX_NAME_LENGTH = 100;

    private final SignInProperties settings;
    private final BucketConfiguration perPair;
    private final BucketConfiguration perAddress;
    private final ProxyManager<String> pairs;
    private final ProxyManager<String> addresses;

    SignInAttempts(SignInProperties settings) {
        this.settings = settings;
        this.perPair = failures(settings.failuresPerAccountAndAddress(), settings.period());
        this.perAddress = failures(settings.failuresPerAddress(), settings.period());
        this.pairs = counts(settings.maxTracked());
        this.addresses = counts(settings.maxTracked());
    }

    /** True when this attempt must not reach the password check. */
    boolean refused(String username, String remoteAddress, boolean accountLocked) {
        String address = ClientAddress.of(remoteAddress);
        long left = pair(username, address).getAvailableTokens();
        return left == 0
                || accountLocked && left < settings.failuresPerAccountAndAddress()
                || addresses.getProxy(address, () -> perAddress).getAvailableTokens() == 0;
    }

    void failed(String username, String remoteAddress) {
        String address = ClientAddress.of(remoteAddress);
        pair(username, address).tryConsume(1);
        addresses.getProxy(address, () -> perAddress).tryConsume(1);
    }

    /** A right password forgets that pair's failures; the address's count stays, or spraying would reset it. */
    void succeeded(String username, String remoteAddress) {
        pairs.removeProxy(pairKey(username, ClientAddress.of(remoteAddress)));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(String.valueOf(event.getAuthentication().getName()), remoteAddress(event.getAuthentication()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), remoteAddress(event.getAuthentication()));
    }

    static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private Bucket pair(String username, String address) {
        return pairs.getProxy(pairKey(username, address), () -> perPair);
    }

    private static String pairKey(String username, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return (name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name) + "\n" + address;
    }

    private static BucketConfiguration failures(int allowed, Duration period) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(allowed).refillIntervally(allowed, period)).build();
    }

    /** A bounded map of buckets; a bucket leaves once it is full again, so an idle pair costs nothing. */
    private static ProxyManager<String> counts(int maxTracked) {
        return Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(maxTracked))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }
}
