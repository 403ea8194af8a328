package io.infrakit.oneview.simulator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

import javax.security.auth.x500.X500Principal;

/**
 * Generates a self-signed X.509 v3 certificate (EC P-256, SHA256withECDSA) with the JDK alone: the DER is encoded
 * here, so neither BouncyCastle nor JDK-internal classes are needed. Internal.
 *
 * @param certificate the certificate
 * @param keyPair     its key pair
 */
record SelfSignedCertificate(X509Certificate certificate, KeyPair keyPair) {

    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final byte[] OID_ECDSA_SHA256 = oid(1, 2, 840, 10045, 4, 3, 2);
    private static final byte[] OID_SUBJECT_ALT_NAME = oid(2, 5, 29, 17);
    private static final byte[] OID_BASIC_CONSTRAINTS = oid(2, 5, 29, 19);

    /**
     * @param commonName the subject and issuer CN
     * @param dnsNames   DNS subject alternative names
     * @param ips        IP subject alternative names
     */
    static SelfSignedCertificate generate(String commonName, List<String> dnsNames, List<InetAddress> ips) {
        try {
            SecureRandom random = new SecureRandom();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair keyPair = generator.generateKeyPair();
            byte[] name = new X500Principal("CN=" + commonName + ", O=infrakit-instance-oneview").getEncoded();
            Instant now = Instant.now();
            byte[] algorithm = seq(OID_ECDSA_SHA256);
            ByteArrayOutputStream sans = new ByteArrayOutputStream();
            for (String dns : dnsNames) {
                sans.writeBytes(tlv(0x82, dns.getBytes(StandardCharsets.US_ASCII)));
            }
            for (InetAddress ip : ips) {
                sans.writeBytes(tlv(0x87, ip.getAddress()));
            }
            byte[] extensions = tlv(0xA3, seq(
                    seq(OID_SUBJECT_ALT_NAME, tlv(0x04, seq(sans.toByteArray()))),
                    seq(OID_BASIC_CONSTRAINTS, tlv(0x01, new byte[]{(byte) 0xFF}),
                            tlv(0x04, seq(tlv(0x01, new byte[]{(byte) 0xFF}))))));
            byte[] tbs = seq(
                    tlv(0xA0, tlv(0x02, new byte[]{2})),
                    tlv(0x02, new BigInteger(64, random).add(BigInteger.ONE).toByteArray()),
                    algorithm,
                    name,
                    seq(utcTime(now.minus(Duration.ofDays(1))), utcTime(now.plus(Duration.ofDays(3650)))),
                    name,
                    keyPair.getPublic().getEncoded(),
                    extensions);
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keyPair.getPrivate(), random);
            signer.update(tbs);
            byte[] signature = signer.sign();
            byte[] bitString = new byte[signature.length + 1];
            System.arraycopy(signature, 0, bitString, 1, signature.length);
            byte[] der = seq(tbs, algorithm, tlv(0x03, bitString));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            certificate.verify(keyPair.getPublic());
            return new SelfSignedCertificate(certificate, keyPair);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a self-signed certificate: " + e.getMessage(), e);
        }
    }

    /**
     * @return the certificate in PEM form
     */
    String certificatePem() {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return the private key in PKCS#8 PEM form
     */
    String privateKeyPem() {
        return pem("PRIVATE KEY", keyPair.getPrivate().getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] utcTime(Instant instant) {
        return tlv(0x17, UTC_TIME.format(instant).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] seq(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return tlv(0x30, out.toByteArray());
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else if (length < 0x10000) {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length);
        } else {
            out.write(0x83);
            out.write(length >> 16);
            out.write(length >> 8);
            out.write(length);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    private static byte[] oid(int... arcs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(arcs[0] * 40 + arcs[1]);
        for (int i = 2; i < arcs.length; i++) {
            int arc = arcs[i];
            int shift = 28;
            while (shift > 0 && (arc >> shift) == 0) {
                shift -= 7;
            }
            while (shift > 0) {
                out.write(0x80 | ((arc >> shift) & 0x7F));
                shift -= 7;
            }
            out.write(arc & 0x7F);
        }
        return tlv(0x06, out.toByteArray());
    }
}
