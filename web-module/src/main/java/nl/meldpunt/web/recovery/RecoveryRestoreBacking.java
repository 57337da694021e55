package nl.meldpunt.web.recovery;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.recovery.RecoveryKeyService;
import nl.meldpunt.recovery.RecoveryRefused;
import nl.meldpunt.web.shared.Texts;

/**
 * A confidant types in the organisation's recovery sheet to receive the case files that lack an own copy of their
 * key. What was typed is not kept after the request.
 */
@Named
@ViewScoped
public class RecoveryRestoreBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RecoveryKeyService recovery;

    @Inject
    private transient Texts texts;

    @Inject
    private transient OrganisationService organisations;

    private Long org;
    /** The organisation's name when the confidant serves it; otherwise the page names none (restoring is refused). */
    private String organisationName;
    private transient String sheet;

    /** Names the organisation on the page, so that the confidant types in the right organisation's sheet. */
    public void load() {
        organisationName = org == null ? null : organisations.assignedToMe().stream().filter(o -> o.id() == org)
                .map(nl.meldpunt.organisation.OrganisationSummary::name).findFirst().orElse(null);
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void restore() {
        try {
            int received = recovery.restore(org == null ? 0 : org, sheet);
            texts.infoWith("recovery.restore.done", received);
        } catch (RecoveryRefused refused) {
            texts.error("recovery.restore." + (refused.reason() == RecoveryRefused.Reason.NO_KEY ? "noKey" : "wrongSheet"));
        } finally {
            sheet = null;
        }
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public String getSheet() {
        return sheet;
    }

    public void setSheet(String sheet) {
        this.sheet = sheet;
    }
}
