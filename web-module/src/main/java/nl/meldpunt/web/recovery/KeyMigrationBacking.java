package nl.meldpunt.web.recovery;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.meldpunt.recovery.KeyMigrationService;
import nl.meldpunt.web.shared.Texts;

/**
 * The platform admin's section on the migration to per-person case keys: the server copies left per organisation,
 * and deleting those that confidants no longer need, after a confirmation that says what a reporter loses.
 */
@Named
@ViewScoped
public class KeyMigrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient KeyMigrationService migration;

    @Inject
    private transient Texts texts;

    private List<KeyMigrationService.Remaining> remaining;
    private boolean confirming;

    @PostConstruct
    void load() {
        remaining = migration.remaining();
    }

    public void delete() {
        if (!confirming) {
            confirming = true;
            return;
        }
        int deleted = migration.deleteServerCopiesThatConfidantsHold();
        confirming = false;
        remaining = migration.remaining();
        texts.infoWith("keys.migration.done", deleted);
    }

    public void cancel() {
        confirming = false;
    }

    public List<KeyMigrationService.Remaining> getRemaining() {
        return remaining;
    }

    public boolean isConfirming() {
        return confirming;
    }
}
