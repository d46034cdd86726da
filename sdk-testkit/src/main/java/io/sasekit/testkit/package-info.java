/**
 * An embedded, stateful Prisma Access / Strata Cloud Manager and Prisma AIRS management simulator
 * for tests: {@link io.sasekit.testkit.PrismaAccessSimulator} (start/stop, connection details,
 * controls), {@link io.sasekit.testkit.SimulatorExtension} (JUnit 5), and the controls it hands
 * out: {@link io.sasekit.testkit.JobControl}, {@link io.sasekit.testkit.FaultControl},
 * {@link io.sasekit.testkit.RequestJournal}, {@link io.sasekit.testkit.ConfigView},
 * {@link io.sasekit.testkit.AirsControl}; and {@link io.sasekit.testkit.AirsScanSimulator}, a stand-in
 * for the Prisma AIRS runtime scan API.
 */
package io.sasekit.testkit;
