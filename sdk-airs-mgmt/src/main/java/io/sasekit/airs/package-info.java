/**
 * The Prisma AIRS management API client: {@link io.sasekit.airs.AirsMgmtClient} (generated at build
 * time from the pinned spec) with one service per resource ({@code apiKeys()},
 * {@code aiSecurityProfiles()}, {@code customTopics()}, {@code customerApps()},
 * {@code dlpProfiles()}, {@code deploymentProfiles()}, {@code oauth()}), its asynchronous twin
 * {@link io.sasekit.airs.AirsMgmtAsyncClient} ({@code client.async()}), the models in
 * {@code io.sasekit.airs.models}, and the hand-written helper {@link io.sasekit.airs.AirsErrors}.
 *
 * <pre>{@code
 * try (AirsMgmtClient client = AirsMgmtClient.fromEnv()) {   // PANW_CLIENT_ID, PANW_CLIENT_SECRET
 *   ApiKeyList keys = client.apiKeys().list(ApiKeyListParams.builder().limit(10).build());
 *   client.aiSecurityProfiles().listAll().forEach(p -> System.out.println(p.profileName()));
 * }
 * }</pre>
 */
package io.sasekit.airs;
