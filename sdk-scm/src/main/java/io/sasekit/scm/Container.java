package io.sasekit.scm;

import io.sasekit.core.operation.ContainerArgument;
import java.util.Locale;
import java.util.Objects;

/**
 * The one configuration container an SCM call works in: a folder, a snippet or a device. Every
 * operation that takes a choice of containers accepts one, as a query parameter or as a member of
 * the request body, wherever the spec places it:
 *
 * <pre>{@code
 * client.addresses().list(Container.folder("Shared"));
 * client.addresses().create(Container.snippet("web-baseline"), address);
 * client.addresses().getByName(Container.device("007951000123456"), "web-1");
 * }</pre>
 *
 * <p>Immutable value: two containers are equal when they have the same kind and name.
 */
public final class Container implements ContainerArgument {
  /** The kinds of container, each carried by the member of the same name. */
  public enum Kind {
    /** A folder ({@code folder}), e.g. {@code Shared}, {@code Mobile Users}. */
    FOLDER,
    /** A snippet ({@code snippet}). */
    SNIPPET,
    /** A device ({@code device}), by serial number. */
    DEVICE;

    /** The wire name of the member that carries this kind: {@code folder}, {@code snippet} or {@code device}. */
    public String member() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Kind kind;
  private final String name;

  private Container(Kind kind, String name) {
    this.kind = kind;
    if (name == null) {
      throw new IllegalArgumentException(kind.member() + " name must not be null");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException(kind.member() + " name must not be blank, got \"" + name + "\"");
    }
    this.name = name;
  }

  /**
   * The folder of that name.
   *
   * @param name the folder's name, e.g. {@code Shared}
   * @return the container
   * @throws IllegalArgumentException when the name is null or blank
   */
  public static Container folder(String name) {
    return new Container(Kind.FOLDER, name);
  }

  /**
   * The snippet of that name.
   *
   * @param name the snippet's name
   * @return the container
   * @throws IllegalArgumentException when the name is null or blank
   */
  public static Container snippet(String name) {
    return new Container(Kind.SNIPPET, name);
  }

  /**
   * The device of that name (its serial number).
   *
   * @param name the device's name
   * @return the container
   * @throws IllegalArgumentException when the name is null or blank
   */
  public static Container device(String name) {
    return new Container(Kind.DEVICE, name);
  }

  /** The kind of container. */
  public Kind kind() {
    return kind;
  }

  /** The container's name, as given. */
  @Override
  public String name() {
    return name;
  }

  /** The wire name of the member that carries it: {@code folder}, {@code snippet} or {@code device}. */
  @Override
  public String member() {
    return kind.member();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Container c && c.kind == kind && c.name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name);
  }

  @Override
  public String toString() {
    return kind.member() + " \"" + name + "\"";
  }
}
