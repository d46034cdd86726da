package io.sasekit.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the simple names of the classes of a generated package, nested classes included, for
 * tests that keep generated names readable: at most {@link #MAX_LENGTH} characters and no word
 * repeated right after itself (e.g. {@code ServiceService}). The
 * classes are read from the compiled package directory, so every generated class counts.
 */
public final class GeneratedNames {
  /** The longest simple name a generated class may have. */
  public static final int MAX_LENGTH = 40;

  private static final Pattern WORD = Pattern.compile("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+");

  private GeneratedNames() {}

  /**
   * The simple names (nested ones as well, e.g. {@code Builder}) of every class compiled into the
   * package of {@code anchor}.
   *
   * @param anchor any class of the package
   * @return the simple names, sorted, each once per class file
   */
  public static List<String> simpleNames(Class<?> anchor) {
    Path dir = packageDir(anchor);
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".class"))
          .sorted()
          .forEach(f -> {
            String binary = f.substring(0, f.length() - ".class".length());
            names.add(binary.substring(binary.lastIndexOf('$') + 1));
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /**
   * The simple names of every class generated into {@code sourcesRoot} (a generator output folder
   * such as {@code target/generated-sources/sasekit}): each top-level type of a {@code .java} file
   * there, loaded by its package path, and every class nested in it at any depth (e.g. the
   * {@code Builder} of each model and params class). Models, enums, services, their async twins and
   * implementations, params classes, the registry holder and the clients all count.
   *
   * @param sourcesRoot a folder of generated sources
   * @return the simple names, sorted (a name appears once per class)
   * @throws IllegalStateException when the folder holds no source or a source has no compiled class
   */
  public static List<String> generatedClasses(Path sourcesRoot) {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sourcesRoot)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String relative = sourcesRoot.relativize(f).toString().replace('\\', '/');
        String binary = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        if (binary.endsWith("package-info")) {
          continue;
        }
        addWithNested(load(binary), names);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the generated sources in " + sourcesRoot, e);
    }
    if (names.isEmpty()) {
      throw new IllegalStateException("no generated source in " + sourcesRoot.toAbsolutePath());
    }
    names.sort(null);
    return names;
  }

  private static Class<?> load(String binary) {
    try {
      return Class.forName(binary, false, Thread.currentThread().getContextClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the generated source " + binary + " has no compiled class", e);
    }
  }

  private static void addWithNested(Class<?> c, List<String> names) {
    names.add(c.getSimpleName());
    for (Class<?> nested : c.getDeclaredClasses()) {
      addWithNested(nested, names);
    }
  }

  /**
   * The names among {@code names} that are longer than {@link #MAX_LENGTH} or repeat a word right
   * after itself, each with the reason.
   *
   * @param names simple class names
   * @return one line per offending name, empty when all read well
   */
  public static List<String> violations(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (n.length() > MAX_LENGTH) {
        out.add(n + ": " + n.length() + " characters");
      }
      String repeated = repeatedWord(n);
      if (repeated != null) {
        out.add(n + ": repeats " + repeated);
      }
    }
    return out;
  }

  /**
   * The classes compiled into the package of {@code anchor} that are nested in another class
   * (binary name with {@code $}), loaded with the anchor's class loader.
   *
   * @param anchor any class of the package
   * @return the nested classes, sorted by binary name
   */
  public static List<Class<?>> nestedClasses(Class<?> anchor) {
    Path dir = packageDir(anchor);
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (String f : files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".class") && f.contains("$")).sorted().toList()) {
        String binary = anchor.getPackageName() + "." + f.substring(0, f.length() - ".class".length());
        out.add(Class.forName(binary, false, anchor.getClassLoader()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("a class file of " + dir + " does not load: " + e.getMessage(), e);
    }
    return out;
  }

  /**
   * The nested classes of the package of {@code anchor} that are not {@code public static final}
   * (a generated nested model, enum or builder must be all three).
   *
   * @param anchor any class of the package
   * @return binary names of the offending classes, empty when all are
   */
  public static List<String> nestedNotPublicStaticFinal(Class<?> anchor) {
    int wanted = java.lang.reflect.Modifier.PUBLIC | java.lang.reflect.Modifier.STATIC | java.lang.reflect.Modifier.FINAL;
    return nestedClasses(anchor).stream().filter(c -> (c.getModifiers() & wanted) != wanted).map(Class::getName).toList();
  }

  private static Path packageDir(Class<?> anchor) {
    try {
      return Path.of(anchor.getResource(anchor.getSimpleName() + ".class").toURI()).getParent();
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("the package of " + anchor.getName() + " is not a directory of class files", e);
    }
  }

  /** The first word that directly follows itself in a camel-case name, or null. */
  static String repeatedWord(String name) {
    Matcher m = WORD.matcher(name);
    String previous = null;
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (word.equals(previous)) {
        return word;
      }
      previous = word;
    }
    return null;
  }
}
