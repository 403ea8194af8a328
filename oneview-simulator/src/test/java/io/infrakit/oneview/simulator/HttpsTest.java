package io.infrakit.oneview.simulator;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.SSLHandshakeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("HTTPS with a generated self-signed certificate")
class HttpsTest {

    @Test
    void httpsIsTheDefaultAndTheCertificateIsTrustable() throws Exception {
        try (OneViewSimulator sim = OneViewSimulator.builder().start()) {
            assertThat(sim.isHttps()).isTrue();
            assertThat(sim.baseUri().toString()).startsWith("https://127.0.0.1:");
            TestClient client = new TestClient(sim).login();
            assertThat(client.get("/rest/server-hardware").status()).isEqualTo(200);

            String pem = sim.certificatePem().orElseThrow();
            assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----");
            X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            assertThat(parsed).isEqualTo(sim.certificate().orElseThrow());
            assertThat(parsed.getSubjectAlternativeNames()).contains(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
            parsed.checkValidity();
        }
    }

    @Test
    void httpClient5TrustsItThroughTheSslContext() throws Exception {
        try (OneViewSimulator sim = OneViewSimulator.builder().start();
             CloseableHttpClient http = HttpClients.custom()
                     .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                             .setTlsSocketStrategy(new DefaultClientTlsStrategy(sim.sslContext())).build())
                     .build()) {
            HttpGet get = new HttpGet(sim.baseUri().resolve("/rest/version"));
            String body = http.execute(get, response -> EntityUtils.toString(response.getEntity()));
            assertThat(body).contains("\"currentVersion\":2400");
        }
    }

    @Test
    void clientsWithoutTheCertificateAreRefused() {
        try (OneViewSimulator sim = OneViewSimulator.builder().start()) {
            HttpClient plain = HttpClient.newHttpClient();
            assertThatThrownBy(() -> plain.send(HttpRequest.newBuilder(sim.baseUri().resolve("/rest/version")).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void plainHttpHasNoCertificate() {
        try (OneViewSimulator sim = OneViewSimulator.builder().plainHttp().start()) {
            assertThat(sim.baseUri().getScheme()).isEqualTo("http");
            assertThat(sim.certificatePem()).isEmpty();
            org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(sim::sslContext);
        }
    }

    @Test
    void closeIsIdempotentAndFreesThePort() {
        OneViewSimulator sim = OneViewSimulator.builder().plainHttp().start();
        int port = sim.port();
        sim.close();
        sim.close();
        try (OneViewSimulator again = OneViewSimulator.builder().plainHttp().port(port).start()) {
            assertThat(again.port()).isEqualTo(port);
        }
    }
}
