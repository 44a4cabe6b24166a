package org.pizhu.desktop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.pizhu.library.LibraryPaths;

/**
 * One window per library: the window listens on a Unix-domain socket next to its library file, and a later launch
 * hands its files and links to it (one {@link OpenRequest#wire()} per line) instead of opening a second window. A
 * socket file left by a window that crashed is found stale (nobody accepts) and replaced.
 */
public final class SingleInstance implements AutoCloseable {
    private static final String REPLY = "ok\n";
    private final Path socket;
    private final ServerSocketChannel server;
    private final Thread acceptor;

    private SingleInstance(Path socket, ServerSocketChannel server, Consumer<List<String>> handler) {
        this.socket = socket;
        this.server = server;
        acceptor = new Thread(() -> serve(handler), "pizhu-single-instance");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * The socket of the window using the library this process would use: {@code -Dpizhu.library}, else
     * {@code PIZHU_LIBRARY}, else the data folder's library.
     */
    public static Path socketForThisProcess() {
        String explicit = System.getProperty("pizhu.library", "");
        return socketFor(LibraryPaths.resolve(explicit.isBlank() ? null : Path.of(explicit)));
    }

    /** The socket a window using {@code library} listens on: beside the library file. */
    public static Path socketFor(Path library) {
        Path file = library.toAbsolutePath();
        return file.resolveSibling(file.getFileName() + ".sock");
    }

    /** Whether a Pizhu window using {@code library} is running (it answers on its socket). */
    public static boolean windowIsOpenOn(Path library) {
        return forward(socketFor(library), List.of());
    }

    /**
     * Hands {@code requests} to the window listening on {@code socket}; returns false (and sends nothing) when no
     * window listens there.
     */
    public static boolean forward(Path socket, List<OpenRequest> requests) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            StringBuilder message = new StringBuilder();
            for (OpenRequest r : requests) {
                message.append(r.wire()).append('\n');
            }
            ch.write(ByteBuffer.wrap(message.toString().getBytes(StandardCharsets.UTF_8)));
            ch.shutdownOutput();
            return REPLY.equals(readAll(ch));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Starts listening on {@code socket}, passing each launch's lines to {@code handler} (on a background thread);
     * empty when another window already listens there or the socket cannot be made (the window then works alone).
     */
    public static java.util.Optional<SingleInstance> listen(Path socket, Consumer<List<String>> handler) {
        if (forward(socket, List.of())) {
            return java.util.Optional.empty();
        }
        try {
            Files.createDirectories(socket.getParent());
            Files.deleteIfExists(socket);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            if (Files.getFileAttributeView(socket, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            }
            return java.util.Optional.of(new SingleInstance(socket, server, handler));
        } catch (IOException | UnsupportedOperationException e) {
            return java.util.Optional.empty();
        }
    }

    private void serve(Consumer<List<String>> handler) {
        while (server.isOpen()) {
            try (SocketChannel ch = server.accept()) {
                List<String> lines = new ArrayList<>();
                for (String line : readAll(ch).split("\n")) {
                    if (!line.isBlank()) {
                        lines.add(line);
                    }
                }
                ch.write(ByteBuffer.wrap(REPLY.getBytes(StandardCharsets.UTF_8)));
                handler.accept(lines);
            } catch (IOException e) {
                if (!server.isOpen()) {
                    return;
                }
            }
        }
    }

    private static String readAll(SocketChannel ch) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(8192);
        while (ch.read(buf) >= 0) {
            out.write(buf.array(), 0, buf.position());
            buf.clear();
            if (out.size() > 1 << 20) {
                throw new IOException("message too long");
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The socket file. */
    public Path socket() {
        return socket;
    }

    /** Stops listening and removes the socket file. */
    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // The next window finds the file stale and replaces it.
            return;
        }
    }
}
