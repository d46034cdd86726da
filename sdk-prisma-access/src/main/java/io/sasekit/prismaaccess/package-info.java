/**
 * The Prisma Access Configuration API client. Start with {@link
 * io.sasekit.prismaaccess.PrismaAccessClient}; models are in {@code .models}, services in {@code
 * .services}. All of it except {@link io.sasekit.prismaaccess.Folder} is generated at build time
 * from the pinned specs.
 */
package io.sasekit.prismaaccess;
