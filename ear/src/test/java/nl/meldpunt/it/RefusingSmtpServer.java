package nl.meldpunt.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mail server that answers every recipient with "550 no such user", as a real server does for an
 * address that does not exist: to test that such a mail is given up after a bounded number of tries.
 */
final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;
    private final AtomicInteger refusals = new AtomicInteger();
    private volatile Socket current;

    RefusingSmtpServer(int port) throws IOException {
        socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10);
        thread = new Thread(this::serve, "refusing-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int refusals() {
        return refusals.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                 PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                reply(out, "220 refusing.test ESMTP");
                conversation:
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                    switch (command) {
                        case "EHLO", "HELO" -> reply(out, "250 refusing.test");
                        case "MAIL" -> reply(out, "250 OK");
                        case "RCPT" -> {
                            refusals.incrementAndGet();
                            reply(out, "550 5.1.1 No such user here");
                        }
                        case "RSET", "NOOP" -> reply(out, "250 OK");
                        case "QUIT" -> {
                            reply(out, "221 Bye");
                            break conversation;
                        }
                        default -> reply(out, "502 Not implemented");
                    }
                }
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                // a client that went away: wait for the next
            }
        }
    }

    private Socket accept() throws IOException {
        current = socket.accept();
        return current;
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    /** Closes the port and any conversation still open, so that the real test server can bind the port at once. */
    @Override
    public void close() throws IOException {
        socket.close();
        Socket client = current;
        if (client != null) {
            client.close();
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
