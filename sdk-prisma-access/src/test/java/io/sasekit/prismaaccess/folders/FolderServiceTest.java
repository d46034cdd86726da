package io.sasekit.prismaaccess.folders;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.core.ClientOptions;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.prismaaccess.Folder;
import io.sasekit.prismaaccess.PrismaAccessAsyncClient;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.testkit.PrismaAccessSimulator;
import io.sasekit.testkit.SimulatorExtension;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FolderServiceTest {
  @RegisterExtension static SimulatorExtension sim = SimulatorExtension.create();

  private static OperationExecutor executor(PrismaAccessSimulator s) {
    return OperationExecutor.create(ClientOptions.builder()
        .baseUrl(s.baseUrl()).tokenUrl(s.tokenUrl())
        .clientId(s.clientId()).clientSecret(s.clientSecret()).tsgId(s.tsgId())
        .build());
  }

  @Test
  void listsTheTenantsFoldersIncludingCustomOnes(PrismaAccessSimulator s) {
    s.addFolder("Branch-Offices");
    try (OperationExecutor e = executor(s)) {
      FolderService folders = new FolderService(e);
      assertThat(folders.setupBaseUrl()).isEqualTo(s.baseUrl() + "/config/setup/v1");
      List<FolderInfo> list = folders.list();
      assertThat(list).extracting(FolderInfo::name).contains("Shared", "Branch-Offices");
      FolderInfo custom = list.stream().filter(f -> f.name().equals("Branch-Offices")).findFirst().orElseThrow();
      assertThat(custom.system()).isFalse();
      assertThat(custom.id()).isNotBlank();
      assertThat(list.stream().filter(f -> f.name().equals("Shared")).findFirst().orElseThrow().system()).isTrue();
    }
    assertThat(s.requests().matching("GET", "/config/setup/v1/folders")).isNotEmpty();
  }

  @Test
  void fallsBackToTheSixSystemFoldersWhenListingIsDenied(PrismaAccessSimulator s) {
    s.addFolder("Branch-Offices").denyFolderListing();
    try (OperationExecutor e = executor(s)) {
      List<FolderInfo> list = new FolderService(e).list();
      assertThat(list.stream().map(FolderInfo::name).collect(Collectors.toList()))
          .containsExactlyElementsOf(Folder.systemFolders());
      assertThat(list).allMatch(FolderInfo::system).allMatch(f -> f.id() == null);
    }
  }

  @Test
  void theClientBuildsItsFolderServiceOnceAndItsAsyncFaceIsCloseable(PrismaAccessSimulator s) throws Exception {
    s.addFolder("Branch-Offices");
    PrismaAccessClient client = PrismaAccessClient.builder()
        .baseUrl(s.baseUrl()).tokenUrl(s.tokenUrl())
        .clientId(s.clientId()).clientSecret(s.clientSecret()).tsgId(s.tsgId()).build();
    try (PrismaAccessAsyncClient async = client.async()) {
      FolderService first = client.folders();
      assertThat(client.folders()).isSameAs(first);
      assertThat(first.list()).extracting(FolderInfo::name).contains("Branch-Offices");
      assertThat(async).isInstanceOf(AutoCloseable.class);
    }
  }

  @Test
  void theDefaultHostMapsToTheSetupApiHost() {
    ClientOptions real = ClientOptions.builder().clientId("id").clientSecret("s")
        .defaultBaseUrl(io.sasekit.prismaaccess.PrismaAccessOperations.DEFAULT_BASE_URL).build();
    assertThat(FolderService.defaultSetupBaseUrl(real)).isEqualTo(FolderService.DEFAULT_SETUP_BASE_URL);
    ClientOptions regional = real.toBuilder().baseUrl("https://api.eu.example.net/").build();
    assertThat(FolderService.defaultSetupBaseUrl(regional)).isEqualTo("https://api.eu.example.net/config/setup/v1");
  }
}
