package nl.meldpunt.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a ClamAV daemon ({@code clamd}) whether a file holds known malware, over its TCP socket with the
 * {@code INSTREAM} command: the bytes go to the daemon in chunks and never touch a disk of ours. clamd looks inside
 * what it can unpack (Office files, PDFs, archives), so a virus in a document's part is found too.
 *
 * <p>Every failure (no daemon, a time-out, an answer we do not understand, an error the daemon reports, such as a
 * file over its {@code StreamMaxLength}) is {@link Unavailable}: the caller decides, and Meldpunt refuses the file
 * rather than store it unchecked.
 *
 * <p>Pure Java, thread-safe (a connection per scan), no container needed.
 */
public final class ClamdScanner {

    /** What clamd answered about one file. */
    public sealed interface Verdict permits Clean, Found, Unavailable {
    }

    /** Nothing known was found. */
    public record Clean() implements Verdict {
    }

    /** clamd recognised {@code signature}, e.g. {@code Win.Test.EICAR_HDB-1}. */
    public record Found(String signature) implements Verdict {
    }

    /** The file could not be checked; {@code reason} is for the log (no file content, no name). */
    public record Unavailable(String reason) implements Verdict {
    }

    private static final int CHUNK = 64 * 1024;
    private static final int MAX_ANSWER = 1024;
    private static final Pattern FOUND = Pattern.compile("stream: (.{1,200}) FOUND");

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration answerTimeout;

    public ClamdScanner(String host, int port, Duration connectTimeout, Duration answerTimeout) {
        this.host = Objects.requireNonNull(host);
        this.port = port;
        this.connectTimeout = connectTimeout;
        this.answerTimeout = answerTimeout;
    }

    /**
     * Reads {@code host:port}, e.g. {@code 127.0.0.1:3310}.
     *
     * @throws IllegalArgumentException when it is not of that form
     */
    public static ClamdScanner at(String address, Duration connectTimeout, Duration answerTimeout) {
        String trimmed = address.strip();
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || colon == trimmed.length() - 1) {
            throw new IllegalArgumentException("Expected host:port, e.g. 127.0.0.1:3310");
        }
        int port;
        try {
            port = Integer.parseInt(trimmed.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The port is not a number; expected host:port, e.g. 127.0.0.1:3310", e);
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("The port must lie between 1 and 65535");
        }
        return new ClamdScanner(trimmed.substring(0, colon), port, connectTimeout, answerTimeout);
    }

    /** Whether the daemon's host is this machine (clamd has no TLS: elsewhere, files would cross the network in clear). */
    public boolean onThisMachine() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** host:port, for log lines. */
    public String address() {
        return host + ":" + port;
    }

    public Verdict scan(byte[] content) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) answerTimeout.toMillis());
            OutputStream out = socket.getOutputStream();
            // "z" asks for NUL-terminated answers.
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int start = 0; start < content.length; start += CHUNK) {
                int length = Math.min(CHUNK, content.length - start);
                out.write(ByteBuffer.allocate(4).putInt(length).array());
                out.write(content, start, length);
            }
            out.write(new byte[4]);
            out.flush();
            return verdictOf(readAnswer(socket.getInputStream()));
        } catch (IOException e) {
            // A daemon that closes the connection early (e.g. over its size limit) also ends up here.
            return new Unavailable(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != 0) {
            if (answer.size() == MAX_ANSWER) {
                throw new IOException("the answer is longer than " + MAX_ANSWER + " bytes");
            }
            answer.write(b);
        }
        return answer.toString(StandardCharsets.US_ASCII).strip();
    }

    static Verdict verdictOf(String answer) {
        if (answer.equals("stream: OK")) {
            return new Clean();
        }
        Matcher found = FOUND.matcher(answer);
        if (found.matches()) {
            return new Found(found.group(1));
        }
        return new Unavailable(answer.isEmpty() ? "no answer"
                : "clamd answered '" + answer.replaceAll("[^\\x20-\\x7e]", "?") + "'");
    }
}
