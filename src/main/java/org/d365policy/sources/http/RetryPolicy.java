package org.d365policy.sources.http;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Random;

/**
 * How long to wait before the next attempt, and when to stop: {@code Retry-After} as the API says (decimal seconds,
 * as Graph sends "2.128", or an HTTP date), else exponential backoff with jitter. Attempts and every wait are
 * bounded, so no request loops for ever.
 */
public final class RetryPolicy {
    /** Waits; tests pass one that records instead of sleeping. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Sleeper sleeper;
    private final Random random;

    public RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper, Random random) {
        this.maxAttempts = maxAttempts;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.sleeper = sleeper;
        this.random = random;
    }

    /** Six attempts, waits from about a second growing to at most two minutes. */
    public static RetryPolicy standard() {
        return new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofMinutes(2), d -> Thread.sleep(d.toMillis()), new Random());
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** The wait after failed attempt {@code attempt} (from 1): half to all of base * 2^(attempt-1), at most the maximum. */
    public Duration backoff(int attempt) {
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempt - 1, 20));
        long half = ceiling / 2;
        return Duration.ofMillis(half + (half > 0 ? (long) (random.nextDouble() * (ceiling - half)) : 0));
    }

    /** The wait a Retry-After header asks for, at most the maximum wait; empty when there is none or it cannot be read. */
    public Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) return Optional.empty();
        String value = header.trim();
        try {
            double seconds = Double.parseDouble(value);
            if (Double.isNaN(seconds) || seconds < 0) return Optional.empty();
            return Optional.of(cap(Duration.ofMillis((long) Math.ceil(Math.min(seconds, 1e9) * 1000))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
                return Optional.of(cap(wait.isNegative() ? Duration.ZERO : wait));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    public void sleep(Duration duration) throws InterruptedException {
        sleeper.sleep(duration);
    }

    private Duration cap(Duration wait) {
        return wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
    }
}
