package nl.meldpunt.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The clamd protocol as the scanner speaks it, against a real socket on loopback that plays the daemon: what goes
 * over the wire, and every way the answer can go wrong. The real ClamAV daemon is asked in the integration tests
 * ({@code VirusScanIT}), which {@code test.sh} runs against a clamd it starts.
 */
class ClamdScannerTest {

    private static final Duration SHORT = Duration.ofMillis(500);

    @Test
    void sendsTheFileInLengthPrefixedChunksEndedByAnEmptyOne() throws Exception {
        byte[] content = new byte[200_000];
        new Random(7).nextBytes(content);
        try (ServerSocket daemon = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> answer(daemon, "stream: OK"));
            ClamdScanner.Verdict verdict = scanner(daemon).scan(content);
            assertInstanceOf(ClamdScanner.Clean.class, verdict);
            assertArrayEquals(content, received.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aRecognisedSignatureIsNamed() throws Exception {
        assertEquals(new ClamdScanner.Found("Win.Test.EICAR_HDB-1"), scanAnswered("stream: Win.Test.EICAR_HDB-1 FOUND"));
    }

    @Test
    void anErrorOfTheDaemonMeansTheFileWasNotChecked() throws Exception {
        ClamdScanner.Verdict verdict = scanAnswered("INSTREAM size limit exceeded. ERROR");
        assertEquals(new ClamdScanner.Unavailable("clamd answered 'INSTREAM size limit exceeded. ERROR'"), verdict);
    }

    @Test
    void noDaemonMeansTheFileWasNotChecked() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        ClamdScanner.Verdict verdict = new ClamdScanner("127.0.0.1", port, SHORT, SHORT).scan(new byte[] {1});
        assertTrue(((ClamdScanner.Unavailable) verdict).reason().startsWith("ConnectException"), verdict.toString());
    }

    @Test
    void aDaemonThatNeverAnswersIsGivenUpOn() throws Exception {
        try (ServerSocket daemon = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return daemon.accept();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            long start = System.nanoTime();
            ClamdScanner.Verdict verdict = scanner(daemon).scan(new byte[] {1, 2, 3});
            assertTrue(((ClamdScanner.Unavailable) verdict).reason().startsWith("SocketTimeoutException"), verdict.toString());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30), "bounded by the answer time-out");
            accepted.get(10, TimeUnit.SECONDS).close();
        }
    }

    @Test
    void anEndlessAnswerIsNotRead() throws Exception {
        ClamdScanner.Verdict verdict = scanAnswered("x".repeat(5000));
        assertEquals(new ClamdScanner.Unavailable("IOException: the answer is longer than 1024 bytes"), verdict);
    }

    @Test
    void anAnswerCutOffIsNotClean() throws Exception {
        try (ServerSocket daemon = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture.runAsync(() -> {
                try (Socket socket = daemon.accept()) {
                    // The whole request first, as clamd does: closing before it is read made the scanner's write fail
                    // (broken pipe) now and then, instead of it reading the cut-off answer.
                    readRequest(new DataInputStream(socket.getInputStream()));
                    socket.getOutputStream().write("stream: O".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(new ClamdScanner.Unavailable("clamd answered 'stream: O'"), scanner(daemon).scan(new byte[] {1}));
        }
    }

    @Test
    void theAddressIsHostColonPort() {
        assertEquals("127.0.0.1:3310", ClamdScanner.at(" 127.0.0.1:3310 ", SHORT, SHORT).address());
        assertEquals("clamav.internal:3310", ClamdScanner.at("clamav.internal:3310", SHORT, SHORT).address());
        assertTrue(ClamdScanner.at("127.0.0.1:3310", SHORT, SHORT).onThisMachine());
        assertTrue(ClamdScanner.at("localhost:3310", SHORT, SHORT).onThisMachine());
        assertFalse(ClamdScanner.at("192.0.2.7:3310", SHORT, SHORT).onThisMachine(), "a documentation address");
        for (String wrong : new String[] {"127.0.0.1", "127.0.0.1:", ":3310", "localhost:clam", "localhost:70000"}) {
            assertThrows(IllegalArgumentException.class, () -> ClamdScanner.at(wrong, SHORT, SHORT), wrong);
        }
    }

    private static ClamdScanner.Verdict scanAnswered(String answer) throws Exception {
        try (ServerSocket daemon = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> answer(daemon, answer));
            ClamdScanner.Verdict verdict = scanner(daemon).scan("hallo".getBytes(StandardCharsets.US_ASCII));
            received.get(10, TimeUnit.SECONDS);
            return verdict;
        }
    }

    private static ClamdScanner scanner(ServerSocket daemon) {
        return new ClamdScanner("127.0.0.1", daemon.getLocalPort(), SHORT, Duration.ofSeconds(5));
    }

    /** Plays clamd for one connection: reads the command and the chunks, answers, and returns what was streamed. */
    private static byte[] answer(ServerSocket daemon, String answer) {
        try (Socket socket = daemon.accept()) {
            byte[] streamed = readRequest(new DataInputStream(socket.getInputStream()));
            socket.getOutputStream().write((answer + "\0").getBytes(StandardCharsets.US_ASCII));
            return streamed;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads an INSTREAM request to its end (the zero-length chunk) and answers the bytes it streamed. */
    private static byte[] readRequest(DataInputStream in) throws IOException {
        byte[] command = new byte["zINSTREAM\0".length()];
        in.readFully(command);
        assertEquals("zINSTREAM\0", new String(command, StandardCharsets.US_ASCII));
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        for (int length = in.readInt(); length > 0; length = in.readInt()) {
            byte[] chunk = new byte[length];
            in.readFully(chunk);
            streamed.write(chunk);
        }
        return streamed.toByteArray();
    }
}
