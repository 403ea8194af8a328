package io.infrakit.oneview.cli;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes a socket path free for binding: a stale socket is removed only if nothing answers on it. */
final class SocketGuard {

    private static final Logger LOG = LoggerFactory.getLogger(SocketGuard.class);

    private SocketGuard() {
    }

    /**
     * @param socket the path the plugin will bind
     * @throws StartupException when a live plugin answers there, or the path is not a socket
     */
    static void claim(Path socket) throws IOException {
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        BasicFileAttributes attributes = Files.readAttributes(socket, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isOther()) {
            throw new StartupException(socket + " exists and is not a socket; remove it or choose another --name");
        }
        if (answers(socket)) {
            throw new StartupException("another plugin is already listening on " + socket
                    + "; stop it or choose another --name");
        }
        LOG.info("Removing stale socket {} (nothing answers on it)", socket);
        Files.deleteIfExists(socket);
    }

    /** @return whether something accepts a connection on the socket */
    static boolean answers(Path socket) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
