package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the public surface: the transport library stays an implementation detail.
 */
class ApiSurfaceTest {
    private static final Path MAIN = Path.of("src/main/java/io/infrakit/oneview/client");

    @Test
    void modelQueryAndErrorPackagesDoNotImportHttpClient() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(MAIN), "run from the module directory");
        for (String pkg : List.of("model", "query", "error")) {
            try (Stream<Path> files = Files.list(MAIN.resolve(pkg))) {
                files.forEach(f -> {
                    try {
                        assertThat(Files.readString(f)).as(f.toString()).doesNotContain("org.apache.hc");
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        }
    }

    @Test
    void publicMethodsOfPublicTypesDoNotExposeHttpClientTypes() {
        for (Class<?> type : List.of(OneViewClient.class, OneViewClient.Builder.class, TaskHandle.class,
                ServerProfileApi.class, ServerProfileTemplateApi.class, ServerHardwareApi.class, TaskApi.class,
                CollectionApi.class)) {
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
    void implementationsArePackagePrivate() {
        for (Class<?> type : List.of(RestEngine.class, SessionManager.class, ApacheHttpTransport.class,
                CollectionSupport.class, ServerProfileApiImpl.class, ErrorMapper.class, PagingIterator.class)) {
            assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isFalse();
        }
    }
}
