package nl.meldpunt.web.intake;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.meldpunt.casefile.SharingConsent;
import nl.meldpunt.intake.ReportService;
import nl.meldpunt.shared.MailAddresses;

/**
 * The wizard's privacy step: an e-mail address for news (optional, kept only in the vault), the
 * choice of confidant where there is one, and what the confidant may share.
 */
@Named
@ViewScoped
public class ReportPrivacyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportWizardBacking wizard;

    @Inject
    private ReportService reports;

    private String mailAddress;
    private Boolean mailAddressPossible;
    private Long chosenConfidantId;
    private SharingConsent sharingConsent = SharingConsent.ASK_FIRST;

    /** Whether the organisation's vault can keep an address, so the page may offer it. */
    public boolean isMailAddressPossible() {
        if (wizard.isOral()) {
            return false; // the confidant never handles the reporter's address
        }
        if (mailAddressPossible == null) {
            mailAddressPossible = reports.canKeepMailAddress();
        }
        return mailAddressPossible;
    }

    public boolean isMailAddressGiven() {
        return mailAddress != null && !mailAddress.isBlank();
    }

    boolean isMailAddressValidOrEmpty() {
        return !isMailAddressGiven() || MailAddresses.isValid(mailAddress);
    }

    void forgetMailAddress() {
        mailAddress = null;
    }

    public boolean isHasConfidantChoice() {
        return wizard.getForm().confidants().size() > 1;
    }

    /** The chosen confidant, only where the organisation offers a choice. */
    Long chosenConfidant() {
        return isHasConfidantChoice() ? chosenConfidantId : null;
    }

    public SharingConsent[] getConsentOptions() {
        return SharingConsent.values();
    }

    public String getMailAddress() {
        return mailAddress;
    }

    public void setMailAddress(String mailAddress) {
        this.mailAddress = mailAddress;
    }

    public Long getChosenConfidantId() {
        return chosenConfidantId;
    }

    public void setChosenConfidantId(Long chosenConfidantId) {
        this.chosenConfidantId = chosenConfidantId;
    }

    public SharingConsent getSharingConsent() {
        return sharingConsent;
    }

    public void setSharingConsent(SharingConsent sharingConsent) {
        this.sharingConsent = sharingConsent;
    }
}
