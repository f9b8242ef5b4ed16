package org.d365policy.sources.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {
    final RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofMinutes(2), d -> { }, new Random(7));

    @Test
    void retryAfterIsReadAsDecimalSecondsAsGraphSendsIt() {
        assertThat(policy.retryAfter("2.128")).contains(Duration.ofMillis(2128));
        assertThat(policy.retryAfter("10")).contains(Duration.ofSeconds(10));
        assertThat(policy.retryAfter(" 0 ")).contains(Duration.ZERO);
    }

    @Test
    void retryAfterMayBeAnHttpDate() {
        String inAMinute = ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(61).format(DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(policy.retryAfter(inAMinute).orElseThrow()).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61));
        String past = ZonedDateTime.now(java.time.ZoneOffset.UTC).minusHours(1).format(DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(policy.retryAfter(past)).contains(Duration.ZERO);
    }

    @Test
    void anUnreadableOrHugeRetryAfterIsNoUnboundedWait() {
        assertThat(policy.retryAfter("soon")).isEmpty();
        assertThat(policy.retryAfter("-3")).isEmpty();
        assertThat(policy.retryAfter(null)).isEmpty();
        assertThat(policy.retryAfter("86400")).contains(Duration.ofMinutes(2));
        assertThat(policy.retryAfter("1e300")).contains(Duration.ofMinutes(2));
    }

    @Test
    void backoffGrowsWithJitterAndStaysBounded() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            long ceiling = 1000L << (attempt - 1);
            assertThat(policy.backoff(attempt).toMillis()).isBetween(ceiling / 2, ceiling);
        }
        assertThat(policy.backoff(60)).isLessThanOrEqualTo(Duration.ofMinutes(2)).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(java.util.stream.IntStream.range(0, 20).mapToObj(i -> policy.backoff(3)).distinct().count())
                .as("jitter").isGreaterThan(1);
    }
}
