package io.sasekit.codegen.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecResolverTest {
  private static final String CONTENT = "openapi: 3.0.0\n";
  private static final String OTHER = "openapi: 3.0.1\n";
  private static final String PATH = "access/x/Tags.yaml";

  @TempDir Path tmp;
  private Path specs;
  private Path mirror;
  private Path cache;
  private LockEntry entry;
  private final List<String> downloads = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    specs = Files.createDirectories(tmp.resolve("repo/specs"));
    mirror = Files.createDirectories(tmp.resolve("shared/specs"));
    cache = tmp.resolve("cache");
    Path probe = tmp.resolve("probe");
    Files.writeString(probe, CONTENT);
    entry = new LockEntry(PATH, SpecResolver.sha256(probe), "https://example.test/Tags.yaml");
  }

  private Downloader fake(String body) {
    return (url, target) -> {
      downloads.add(url);
      Files.writeString(target, body, StandardCharsets.UTF_8);
    };
  }

  private static void write(Path root, String content) throws IOException {
    Path f = root.resolve(PATH);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content);
  }

  @Test
  void foundInRepositorySpecsFirst() throws IOException {
    write(specs, CONTENT);
    write(mirror, CONTENT);
    ResolvedSpec r = new SpecResolver(specs, mirror, cache, fake(CONTENT)).resolve(entry);
    assertThat(r.origin()).isEqualTo("specs");
    assertThat(downloads).isEmpty();
  }

  @Test
  void foundInMirror() throws IOException {
    write(mirror, CONTENT);
    ResolvedSpec r = new SpecResolver(specs, mirror, cache, fake(CONTENT)).resolve(entry);
    assertThat(r.origin()).isEqualTo("mirror");
    assertThat(r.file()).isEqualTo(mirror.resolve(PATH));
  }

  @Test
  void wrongHashIsSkippedAndReportedWithBothHashesAndEveryPlace() throws IOException {
    write(specs, OTHER);
    write(mirror, OTHER);
    assertThatThrownBy(() -> new SpecResolver(specs, mirror, cache, null).resolve(entry))
        .isInstanceOf(SpecResolutionException.class)
        .hasMessageContaining(PATH)
        .hasMessageContaining("expected sha256: " + entry.sha256())
        .hasMessageContaining("actual sha256:   " + SpecResolver.sha256(specs.resolve(PATH)))
        .hasMessageContaining(specs.resolve(PATH).toString())
        .hasMessageContaining(mirror.resolve(PATH).toString())
        .hasMessageContaining(cache.resolve(entry.sha256()).resolve("Tags.yaml").toString())
        .hasMessageContaining("https://example.test/Tags.yaml");
  }

  @Test
  void missingEverywhere() {
    assertThatThrownBy(() -> new SpecResolver(specs, mirror, cache, (u, t) -> { throw new IOException("offline"); }).resolve(entry))
        .isInstanceOf(SpecResolutionException.class)
        .hasMessageContaining(PATH + " not found")
        .hasMessageContaining("expected sha256: " + entry.sha256())
        .hasMessageContaining("(absent)")
        .hasMessageContaining("download failed: java.io.IOException: offline")
        .hasMessageNotContaining("actual sha256");
  }

  @Test
  void aFailedDownloadNamesExceptionCauseHostAndProxyAndSaysWhatToDo() {
    Downloader behindProxy = new Downloader() {
      @Override
      public void download(String url, Path target) throws IOException {
        java.net.ConnectException e = new java.net.ConnectException();   // a connect failure has no message
        e.initCause(new java.nio.channels.UnresolvedAddressException());
        throw e;
      }

      @Override
      public String route(String url) {
        return "proxy proxy.corp.test:3128";
      }
    };
    assertThatThrownBy(() -> new SpecResolver(specs, null, cache, behindProxy).resolve(entry))
        .isInstanceOf(SpecResolutionException.class)
        .hasMessageContaining("download failed: java.net.ConnectException: (no message)")
        .hasMessageContaining("caused by java.nio.channels.UnresolvedAddressException")
        .hasMessageContaining("host example.test")
        .hasMessageContaining("proxy proxy.corp.test:3128")
        .hasMessageContaining("../shared/specs/" + PATH)
        .hasMessageContaining("-Dsasekit.specs.mirror=DIR")
        .hasMessageContaining("SASEKIT_SPECS_MIRROR=DIR")
        .hasMessageContaining("allow HTTPS to example.test")
        .hasMessageContaining("-Dhttps.proxyHost")
        .hasMessageNotContaining("null");
  }

  @Test
  void aCleanCloneWithoutSharedAndWithoutNetworkIsToldWhatToDo() throws IOException {
    // a real connect failure on loopback: a port nothing listens on
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    LockEntry unreachable = new LockEntry(PATH, entry.sha256(), "http://127.0.0.1:" + port + "/Tags.yaml");
    Path noShared = tmp.resolve("nowhere/shared/specs");
    assertThatThrownBy(() -> new SpecResolver(specs, noShared, cache, new HttpDownloader(null)).resolve(unreachable))
        .isInstanceOf(SpecResolutionException.class)
        .hasMessageContaining(PATH + " not found")
        .hasMessageContaining("download failed: java.net.ConnectException")
        .hasMessageContaining("host 127.0.0.1, direct (no proxy)")
        .hasMessageContaining("put the project's shared folder beside the clone")
        .hasMessageNotContaining("download failed: null");
  }

  @Test
  void offlineBuildsAreToldToDropTheOfflineSwitch() {
    assertThatThrownBy(() -> new SpecResolver(specs, mirror, cache, null).resolve(entry))
        .hasMessageContaining("(downloading disabled)")
        .hasMessageContaining("drop -Dsasekit.specs.offline=true");
  }

  @Test
  void theDownloaderReportsItsRoute() {
    java.net.ProxySelector corp = HttpDownloader.fixedProxy("proxy.corp.test", 3128, "*.internal.test|localhost");
    assertThat(new HttpDownloader(corp).route("https://example.test/a")).isEqualTo("proxy proxy.corp.test:3128");
    assertThat(new HttpDownloader(corp).route("https://specs.internal.test/a")).isEqualTo("direct (no proxy)");
    assertThat(new HttpDownloader(null).route("https://example.test/a")).isEqualTo("direct (no proxy)");
  }

  @Test
  void downloadsIntoTheCacheOnceAndReusesIt() throws IOException {
    SpecResolver resolver = new SpecResolver(specs, mirror, cache, fake(CONTENT));
    ResolvedSpec first = resolver.resolve(entry);
    assertThat(first.origin()).isEqualTo("download");
    assertThat(first.file()).isEqualTo(cache.resolve(entry.sha256()).resolve("Tags.yaml"));
    assertThat(Files.readString(first.file())).isEqualTo(CONTENT);
    ResolvedSpec second = resolver.resolve(entry);
    assertThat(second.origin()).isEqualTo("cache");
    assertThat(downloads).hasSize(1);
  }

  @Test
  void aDownloadWithTheWrongHashIsNotKept() throws IOException {
    SpecResolver resolver = new SpecResolver(specs, mirror, cache, fake(OTHER));
    assertThatThrownBy(() -> resolver.resolve(entry)).hasMessageContaining("actual sha256:");
    Path dir = cache.resolve(entry.sha256());
    try (var files = Files.list(dir)) {
      assertThat(files.toList()).isEmpty();
    }
  }

  @Test
  void lockParsing() {
    SpecLock lock = SpecLock.parse("# comment\npath\tsha256\turl\n" + PATH + "\t" + entry.sha256() + "\thttps://u\n", "t");
    assertThat(lock.entries()).singleElement().satisfies(e -> assertThat(e.fileName()).isEqualTo("Tags.yaml"));
    assertThat(lock.entriesUnder("access/")).hasSize(1);
    assertThat(lock.entriesUnder("scm/")).isEmpty();
    assertThatThrownBy(() -> SpecLock.parse("a\tb\tc\n", "t")).hasMessageContaining("header");
  }

  @Test
  void defaultMirrorPrefersExplicitValueThenSiblingShared() {
    assertThat(SpecResolver.defaultMirror(tmp.resolve("repo"), "/explicit")).isEqualTo(Path.of("/explicit"));
    if (System.getProperty(SpecResolver.MIRROR_PROPERTY) == null && System.getenv(SpecResolver.MIRROR_ENV) == null) {
      assertThat(SpecResolver.defaultMirror(tmp.resolve("repo"), null)).isEqualTo(tmp.resolve("shared/specs"));
    }
  }
}
