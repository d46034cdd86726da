package io.sasekit.codegen.resolve;

import java.nio.file.Path;

/**
 * A spec file found with its pinned hash.
 *
 * @param entry the lock row
 * @param file the verified file on disk
 * @param origin which place it was found in ({@code specs}, {@code mirror}, {@code cache}, {@code download})
 */
public record ResolvedSpec(LockEntry entry, Path file, String origin) {}
