package io.sasekit.prismaaccess;

import java.util.List;

/**
 * Names of the Prisma Access system folders. Every {@code folder} parameter of the API is a plain
 * {@code String}: these constants are the folders every tenant has, and custom folders are passed
 * by their name just the same.
 *
 * <pre>{@code
 * client.addresses().list(Folder.SHARED);
 * client.addresses().list("My Custom Folder");
 * }</pre>
 */
public final class Folder {
  /** The {@code Shared} folder: configuration inherited by every other folder. */
  public static final String SHARED = "Shared";
  /** The {@code Mobile Users} folder (GlobalProtect). */
  public static final String MOBILE_USERS = "Mobile Users";
  /** The {@code Remote Networks} folder. */
  public static final String REMOTE_NETWORKS = "Remote Networks";
  /** The {@code Service Connections} folder. */
  public static final String SERVICE_CONNECTIONS = "Service Connections";
  /** The {@code Mobile Users Container} folder (parent of both mobile-user deployments). */
  public static final String MOBILE_USERS_CONTAINER = "Mobile Users Container";
  /** The {@code Mobile Users Explicit Proxy} folder. */
  public static final String MOBILE_USERS_EXPLICIT_PROXY = "Mobile Users Explicit Proxy";

  private static final List<String> SYSTEM_FOLDERS =
      List.of(SHARED, MOBILE_USERS, REMOTE_NETWORKS, SERVICE_CONNECTIONS, MOBILE_USERS_CONTAINER, MOBILE_USERS_EXPLICIT_PROXY);

  private Folder() {}

  /**
   * The six system folders, in the order the specs list them.
   *
   * @return an unmodifiable list
   */
  public static List<String> systemFolders() {
    return SYSTEM_FOLDERS;
  }

  /**
   * Whether {@code name} is one of the system folders (a custom folder is not).
   *
   * @param name a folder name
   * @return true for a system folder
   */
  public static boolean isSystemFolder(String name) {
    return SYSTEM_FOLDERS.contains(name);
  }
}
