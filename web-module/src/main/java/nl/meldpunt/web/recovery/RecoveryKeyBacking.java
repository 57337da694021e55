package nl.meldpunt.web.recovery;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.meldpunt.recovery.RecoveryKeyService;
import nl.meldpunt.recovery.RecoverySheet;
import nl.meldpunt.recovery.RecoveryStatus;

/**
 * The organisation admin's recovery key page: whether there is a key, making one (after a confirmation when it
 * replaces the current one), and the sheet to print, shown once. The sheet lives in this view only; a reload
 * shows the status again, never the key.
 */
@Named
@ViewScoped
public class RecoveryKeyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RecoveryKeyService recovery;

    private RecoveryStatus status;
    /** Transient: the key is never part of a stored or replicated session. */
    private transient RecoverySheet sheet;
    private boolean confirming;

    @PostConstruct
    void load() {
        status = recovery.status();
    }

    /** Makes the key; when one exists, first asks to confirm. */
    public void make() {
        if (status.present() && !confirming) {
            confirming = true;
            return;
        }
        sheet = recovery.makeKey();
        confirming = false;
        status = recovery.status();
    }

    public void cancel() {
        confirming = false;
    }

    public RecoveryStatus getStatus() {
        return status;
    }

    public RecoverySheet getSheet() {
        return sheet;
    }

    public boolean isConfirming() {
        return confirming;
    }
}
