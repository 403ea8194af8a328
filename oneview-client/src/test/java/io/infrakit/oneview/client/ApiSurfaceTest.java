package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.client.transport.ApacheHttpTransport;
import io.infrakit.oneview.client.transport.ApplianceAddress;
import io.infrakit.oneview.client.transport.InMemoryTransport;
import io.infrakit.oneview.client.transport.OneViewTransport;
import io.infrakit.oneview.client.transport.TransportRequest;
import io.infrakit.oneview.client.transport.TransportResponse;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the public surface: HttpClient stays inside the Apache transport, the transport package never reaches back
 * into the client, and implementations stay package-private.
 */
class ApiSurfaceTest {
    private static final Path MAIN = Path.of("src/main/java/io/infrakit/oneview/client");

    private static Map<String, String> sources() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(MAIN), "run from the module directory");
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.put(MAIN.relativize(f).toString(), Files.readString(f));
            }
        }
        return sources;
    }

    @Test
    void onlyTheApacheTransportImportsHttpClient() throws IOException {
        assertThat(sources().entrySet().stream().filter(e -> e.getValue().contains("import org.apache.hc"))
                .map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("transport/ApacheHttpTransport.java", "transport/TlsSupport.java");
    }

    @Test
    void theTransportPackageDependsOnlyOnTheErrorPackage() throws IOException {
        sources().forEach((file, text) -> {
            if (file.startsWith("transport/")) {
                assertThat(text.lines().filter(l -> l.startsWith("import io.infrakit.oneview.client.")))
                        .as(file).allSatisfy(l -> assertThat(l).startsWith("import io.infrakit.oneview.client.error."));
            }
        });
    }

    @Test
    void publicMethodsOfPublicTypesDoNotExposeHttpClientTypes() {
        for (Class<?> type : List.of(OneViewClient.class, OneViewClient.Builder.class, TaskHandle.class,
                ServerProfileApi.class, ServerProfileTemplateApi.class, ServerHardwareApi.class, TaskApi.class,
                CollectionApi.class, OsDeploymentPlanApi.class, ApacheHttpTransport.class,
                ApacheHttpTransport.Builder.class, OneViewTransport.class, InMemoryTransport.class,
                TransportRequest.class, TransportResponse.class, ApplianceAddress.class)) {
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                assertThat(m.getReturnType().getName()).as(m.toString()).doesNotStartWith("org.apache.hc");
                for (Class<?> p : m.getParameterTypes()) {
                    assertThat(p.getName()).as(m.toString()).doesNotStartWith("org.apache.hc");
                }
            }
        }
    }

    @Test
    void implementationsArePackagePrivate() throws ClassNotFoundException {
        for (Class<?> type : List.of(RestEngine.class, SessionManager.class, CollectionSupport.class,
                ServerProfileApiImpl.class, ErrorMapper.class, PagingIterator.class, PathTemplates.class,
                Class.forName("io.infrakit.oneview.client.transport.TlsSupport"))) {
            assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isFalse();
        }
    }
}
