package nl.meldpunt.it;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server that accepts the connection and then never says a word, as a server does that hangs after
 * connect: to test that the sender gives up within its time-out and no timer thread stays stuck.
 */
final class HangingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    HangingSmtpServer(int port) throws IOException {
        socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10);
        thread = new Thread(this::hold, "hanging-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    /** How many connections were accepted (and left without an answer). */
    int connections() {
        return held.size();
    }

    private void hold() {
        while (!socket.isClosed()) {
            try {
                held.add(socket.accept()); // kept open, never answered
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            // The JDK closes a listening socket only once the thread blocked in accept() has left it: until then
            // the port is still taken, and the real mail server started right after could not bind it.
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Socket client : held) {
            // Reset instead of a normal close: a normal close by this side would leave the port in TIME_WAIT.
            client.setSoLinger(true, 0);
            client.close();
        }
        waitUntilFree(socket.getLocalPort());
    }

    /** Until a server socket can be bound to the port again, as GreenMail binds it (at most ten seconds). */
    private static void waitUntilFree(int port) throws IOException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return;
            } catch (BindException taken) {
                if (System.nanoTime() > until) {
                    throw taken;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw taken;
                }
            }
        }
    }
}
