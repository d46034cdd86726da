package io.sasekit.testkit;

import java.time.Instant;

/**
 * A bearer token the simulator's token endpoint issued (the value itself is not exposed).
 *
 * @param scope the scope granted, e.g. {@code tsg_id:1234567890} ("" when none was asked)
 * @param issuedAt when it was issued (simulator clock)
 * @param expiresAt when it expires
 */
public record IssuedToken(String scope, Instant issuedAt, Instant expiresAt) {}
