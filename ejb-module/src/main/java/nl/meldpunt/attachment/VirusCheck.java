package nl.meldpunt.attachment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The virus check of the files reporters add (ASVS 5.4.3), by a ClamAV daemon that the operator runs beside the
 * server ({@code app.antivirus.clamd=host:port}, see the operator guide). Without that setting uploads are checked by
 * {@link AttachmentPolicy} alone, and the start-up log says so.
 *
 * <p>When it is set, a file is stored only after clamd has called it clean. A file with known malware is refused
 * with its own explanation; when clamd cannot answer (stopped, too slow, an address that is no address), the file is
 * refused with "try again later" rather than stored unchecked. Either way the rest of the report is kept. The log
 * names the signature or the reason, never the report, the case code or the file's name.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class VirusCheck {

    private static final Logger LOG = Logger.getLogger(VirusCheck.class.getName());
    public static final String REFUSED_VIRUS = "attachment.refused.virus";
    public static final String REFUSED_NOT_CHECKED = "attachment.refused.notChecked";
    /** clamd needs about a second for ten megabytes of documents; a busy one gets more. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    @Inject
    @ConfigProperty(name = "app.antivirus.clamd")
    private Optional<String> clamdAddress;

    /** Null when no scanner is configured, or when its address could not be read (then {@link #misconfigured}). */
    private ClamdScanner scanner;
    private String misconfigured;

    @PostConstruct
    void atStartUp() {
        Optional<String> address = clamdAddress.filter(value -> !value.isBlank());
        if (address.isEmpty()) {
            LOG.info("Uploads are not checked for viruses: app.antivirus.clamd is not set (see the operator guide).");
            return;
        }
        try {
            scanner = ClamdScanner.at(address.get(), CONNECT_TIMEOUT, ANSWER_TIMEOUT);
            LOG.info("Uploads are checked for viruses by clamd at " + scanner.address() + ".");
            if (!scanner.onThisMachine()) {
                LOG.warning("clamd at " + scanner.address() + " is not on this machine: clamd has no encryption, so "
                        + "reporters' files cross the network in clear. Run clamd on loopback, or reach it through a tunnel.");
            }
        } catch (IllegalArgumentException e) {
            misconfigured = "app.antivirus.clamd is not of the form host:port (" + e.getMessage() + ")";
            LOG.warning("Uploads cannot be checked for viruses and are refused: " + misconfigured + ".");
        }
    }

    /**
     * @return {@code null} when {@code content} may be stored, else the message key of the refusal
     */
    public String refusalFor(byte[] content) {
        if (misconfigured != null) {
            LOG.warning("An upload was refused: it could not be checked for viruses, " + misconfigured + ".");
            return REFUSED_NOT_CHECKED;
        }
        if (scanner == null) {
            return null;
        }
        ClamdScanner.Verdict verdict = scanner.scan(content);
        if (verdict instanceof ClamdScanner.Found found) {
            LOG.warning("An upload was refused: the virus scanner recognised " + found.signature() + " in it.");
            return REFUSED_VIRUS;
        }
        if (verdict instanceof ClamdScanner.Unavailable unavailable) {
            LOG.warning("An upload was refused: the virus scanner at " + scanner.address() + " could not check it ("
                    + unavailable.reason() + "). The reporter was asked to try again later.");
            return REFUSED_NOT_CHECKED;
        }
        return null;
    }
}
