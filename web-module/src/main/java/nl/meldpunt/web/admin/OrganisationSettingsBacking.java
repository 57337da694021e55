package nl.meldpunt.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.meldpunt.organisation.HouseColours;
import nl.meldpunt.organisation.LogoCheck;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.organisation.OrganisationSummary;
import nl.meldpunt.organisation.SettingsRefused;
import nl.meldpunt.web.shared.Texts;

/**
 * The organisation admin's settings and branding (issue 13): one form for the status-update interval,
 * the aftercare check-in, the retention period and the small-count threshold; one for the name and the
 * house colours, with the contrast check and a preview of the entry page that follows the colour fields;
 * and the intranet link with a snippet to paste into the intranet. The logo (uploaded as the reporter's
 * attachments are: a plain multipart form, no script) and the entry address, changed in two steps: check,
 * then confirm after reading that the old address keeps working as a redirect. The service checks and
 * refuses; this bean shows each refused field's message beside the field.
 */
@Named
@ViewScoped
public class OrganisationSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrganisationService organisations;

    @Inject
    private transient Texts texts;

    @Inject
    private AdminHomeBacking home;

    private Integer interval;
    private Integer checkin;
    private Integer months;
    private Integer threshold;
    private String name;
    private String primary;
    private String accent;
    private transient Part logo;
    private String newSlug;
    /** The checked slug waiting for the admin's confirmation; null when none is. */
    private String pendingSlug;
    private List<String> formerSlugs;

    private OrganisationSummary organisation() {
        return home.getOrganisation();
    }

    /** Saves the four settings together; a refused field says why and nothing is saved. */
    public void saveSettings() {
        try {
            organisations.changeSettings(getInterval(), getCheckin(), getMonths(), getThreshold());
        } catch (SettingsRefused refused) {
            show("orgSettings", refused);
            return;
        }
        interval = checkin = months = threshold = null;
        home.refresh();
        texts.info("admin.settings.saved");
    }

    /** Saves the name and the colours; colours that fail the contrast check are refused, naming the pair and its ratio. */
    public void saveBranding() {
        try {
            organisations.changeBranding(getName(), getPrimary(), getAccent());
        } catch (SettingsRefused refused) {
            show("branding", refused);
            return;
        }
        name = primary = accent = null;
        home.refresh();
        texts.info("admin.branding.saved");
    }

    /**
     * Uploads the chosen logo. More than {@link LogoCheck#MAX_UPLOAD_BYTES} is not even read whole: the
     * service would refuse it anyway, and the message is the same.
     */
    public void uploadLogo() {
        byte[] bytes;
        if (logo == null || logo.getSize() == 0) {
            bytes = new byte[0];
        } else {
            try (InputStream in = logo.getInputStream()) {
                bytes = in.readNBytes(LogoCheck.MAX_UPLOAD_BYTES + 1);
            } catch (IOException e) {
                bytes = new byte[0];
            }
        }
        logo = null;
        try {
            organisations.changeLogo(bytes);
        } catch (SettingsRefused refused) {
            show("logoForm", refused);
            return;
        }
        home.refresh();
        texts.info("admin.logo.saved");
    }

    public void removeLogo() {
        organisations.removeLogo();
        home.refresh();
        texts.info("admin.logo.removed");
    }

    /** The logo's address with its version, so the preview shows a new logo at once; null without logo. */
    public String getLogoUrl() {
        OrganisationSummary o = organisation();
        if (!o.hasLogo()) {
            return null;
        }
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/logo/" + o.slug()
                + "?v=" + o.logoVersion();
    }

    /** Step 1 of changing the address: checks it and asks for the confirmation; nothing changes yet. */
    public void checkSlug() {
        try {
            String checked = organisations.checkSlug(newSlug);
            if (checked.equals(organisation().slug())) {
                pendingSlug = null;
                texts.info("admin.slug.unchanged");
                return;
            }
            pendingSlug = checked;
        } catch (SettingsRefused refused) {
            pendingSlug = null;
            show("slugForm", refused);
        }
    }

    /** Step 2: the admin confirmed; the old address becomes a permanent redirect to the new one. */
    public void confirmSlug() {
        if (pendingSlug == null) {
            return;
        }
        try {
            organisations.changeSlug(pendingSlug);
        } catch (SettingsRefused refused) {
            show("slugForm", refused);
            pendingSlug = null;
            return;
        }
        pendingSlug = null;
        newSlug = null;
        formerSlugs = null;
        home.refresh();
        texts.info("admin.slug.saved");
    }

    public void cancelSlug() {
        pendingSlug = null;
    }

    /** The addresses the organisation used before, each redirecting to the current one. */
    public List<String> getFormerSlugs() {
        if (formerSlugs == null) {
            formerSlugs = List.copyOf(organisations.formerSlugs());
        }
        return formerSlugs;
    }

    /** The entry page's absolute address for the checked slug, for the confirmation. */
    public String getPendingUrl() {
        return pendingSlug == null ? null : entryBase() + pendingSlug;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }

    public String getNewSlug() {
        return newSlug == null ? organisation().slug() : newSlug;
    }

    public void setNewSlug(String newSlug) {
        this.newSlug = newSlug;
    }

    public String getPendingSlug() {
        return pendingSlug;
    }

    public int getMaxLogoMegabytes() {
        return LogoCheck.MAX_UPLOAD_BYTES / (1024 * 1024);
    }

    private void show(String form, SettingsRefused refused) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (SettingsRefused.Problem problem : refused.problems()) {
            context.addMessage(form + ":" + problem.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.message(problem.key(), problem.args().toArray()), null));
        }
        context.validationFailed();
    }

    /** The contrast of every pair the entry page draws with the colours in the form (valid ones; else the saved ones). */
    public List<HouseColours.Pair> getContrast() {
        return HouseColours.pairs(getPreviewPrimary(), getPreviewAccent());
    }

    /** The primary colour for the preview: the one in the form if it is a colour, else the saved one. */
    public String getPreviewPrimary() {
        return HouseColours.valid(getPrimary()) ? getPrimary().toUpperCase(Locale.ROOT) : organisation().primaryColour();
    }

    public String getPreviewAccent() {
        return HouseColours.valid(getAccent()) ? getAccent().toUpperCase(Locale.ROOT) : organisation().accentColour();
    }

    /** The entry page's absolute address, to link from the intranet. */
    public String getEntryUrl() {
        return entryBase() + organisation().slug();
    }

    private static String entryBase() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath() + "/m/";
    }

    /**
     * A link to paste into the intranet: a plain {@code <a>} in the saved house colours, styled inline so
     * that it needs no style sheet and no script of ours. White on the primary colour, which the contrast
     * check has already found readable.
     */
    public String getSnippet() {
        return "<a href=\"" + html(getEntryUrl()) + "\" style=\"" + html(getSnippetStyle()) + "\">" + html(getSnippetLabel()) + "</a>";
    }

    /** The snippet's inline style, for the preview beside it (which the page renders escaped, as an element of its own). */
    public String getSnippetStyle() {
        OrganisationSummary o = organisation();
        return "display:inline-block;padding:0.6em 1.2em;background:" + o.primaryColour()
                + ";color:#FFFFFF;border-radius:0.3em;border-bottom:0.25em solid " + o.accentColour()
                + ";font-weight:600;text-decoration:none";
    }

    /** The snippet's link text. */
    public String getSnippetLabel() {
        return texts.message("admin.snippet.label", organisation().name());
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public Integer getInterval() {
        return interval == null ? Integer.valueOf(organisation().statusUpdateIntervalDays()) : interval;
    }

    public void setInterval(Integer interval) {
        this.interval = interval;
    }

    public Integer getCheckin() {
        return checkin == null ? Integer.valueOf(organisation().checkinAfterMonths()) : checkin;
    }

    public void setCheckin(Integer checkin) {
        this.checkin = checkin;
    }

    public Integer getMonths() {
        return months == null ? Integer.valueOf(organisation().retentionMonths()) : months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public Integer getThreshold() {
        return threshold == null ? Integer.valueOf(organisation().smallCountThreshold()) : threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }

    public String getName() {
        return name == null ? organisation().name() : name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPrimary() {
        return primary == null ? organisation().primaryColour() : primary;
    }

    public void setPrimary(String primary) {
        this.primary = primary;
    }

    public String getAccent() {
        return accent == null ? organisation().accentColour() : accent;
    }

    public void setAccent(String accent) {
        this.accent = accent;
    }

    /** The limits, for the help texts. */
    public int getMinInterval() {
        return Organisation.MIN_STATUS_UPDATE_DAYS;
    }

    public int getMaxInterval() {
        return Organisation.MAX_STATUS_UPDATE_DAYS;
    }

    public int getMinCheckin() {
        return Organisation.MIN_CHECKIN_MONTHS;
    }

    public int getMaxCheckin() {
        return Organisation.MAX_CHECKIN_MONTHS;
    }

    public int getMinThreshold() {
        return Organisation.MIN_SMALL_COUNT_THRESHOLD;
    }

    public int getMaxThreshold() {
        return Organisation.MAX_SMALL_COUNT_THRESHOLD;
    }
}
