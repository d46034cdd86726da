package io.sasekit.testkit.internal;

/**
 * Where a configuration object lives: a folder, a snippet or a device (the {@code folder},
 * {@code snippet} or {@code device} query parameter), or nowhere in particular ({@link #NONE}) for
 * tenant-wide resources.
 *
 * @param kind {@code folder}, {@code snippet}, {@code device} or "" for none
 * @param name the folder, snippet or device name ("" for none)
 */
public record Container(String kind, String name) {
  /** The tenant-wide container of resources that take no folder. */
  public static final Container NONE = new Container("", "");

  /** A folder container. */
  public static Container folder(String name) {
    return new Container("folder", name);
  }

  /** Whether this is a folder. */
  public boolean isFolder() {
    return kind.equals("folder");
  }

  /** Whether this is the tenant-wide container. */
  public boolean isNone() {
    return kind.isEmpty();
  }

  @Override
  public String toString() {
    return isNone() ? "(tenant)" : kind + "=" + name;
  }
}
