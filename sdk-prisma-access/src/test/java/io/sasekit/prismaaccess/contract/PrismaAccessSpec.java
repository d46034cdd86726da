package io.sasekit.prismaaccess.contract;

import io.sasekit.testkit.contract.SpecApi;

/** The Prisma Access spec files as the testkit's contract machinery reads them. */
final class PrismaAccessSpec {
  /** The API's name in {@code specs/spec-repairs.md}. */
  static final String API = "prisma-access";
  /** The 68 files under {@code access/prisma-access-config/}; their paths carry the base path. */
  static final SpecApi SPEC = SpecApi.of("access/prisma-access-config/", false);

  private PrismaAccessSpec() {}
}
