package nl.meldpunt.web.contact;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import nl.meldpunt.contact.ContactDay;
import nl.meldpunt.contact.ContactIntakeService;
import nl.meldpunt.contact.ContactKind;
import nl.meldpunt.contact.ContactRefused;
import nl.meldpunt.contact.ContactRequest;
import nl.meldpunt.contact.ContactTopic;
import nl.meldpunt.contact.ContactWay;
import nl.meldpunt.contact.DayPart;
import nl.meldpunt.contact.SubmitContactRequest;
import nl.meldpunt.intake.ReportCredentials;
import nl.meldpunt.intake.ReportForm;
import nl.meldpunt.intake.ReportService;
import nl.meldpunt.web.shared.Language;
import nl.meldpunt.web.shared.Texts;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The short intake of a contact request ({@code /contact.xhtml?org=…&kind=CONVERSATION|ADVICE}): fixed choices, no
 * story. Like the report wizard, the first view is stateless (opening the page starts no session); the form carries the
 * organisation and the kind for the first postback, which sends everything at once.
 */
@Named
@ViewScoped
public class ContactIntakeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    @Inject
    private ContactIntakeService contacts;

    @Inject
    private Language language;

    @Inject
    private Texts texts;

    private String slug;
    private ContactKind kind;
    private ReportForm form;
    private boolean opened;
    private ContactTopic topic;
    private ContactWay way;
    private ContactDay[] days = new ContactDay[0];
    private DayPart[] dayParts = new DayPart[0];
    private Long confidantId;
    private String note;
    private ReportCredentials credentials;

    /** Opens the organisation's intake; an unknown organisation answers 404 with a kind explanation. */
    public void open() {
        if (form() == null && slug != null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private ReportForm form() {
        if (form == null && !opened) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            if (slug == null) {
                slug = external.getRequestParameterMap().get("org");
            }
            if (kind == null) {
                kind = parseKind(external.getRequestParameterMap().get("kind"));
            }
            if (slug == null) {
                return null;
            }
            opened = true;
            form = reports.openForm(slug).orElse(null);
        }
        return form;
    }

    private static ContactKind parseKind(String value) {
        try {
            return value == null ? ContactKind.CONVERSATION : ContactKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return ContactKind.CONVERSATION;
        }
    }

    public void submit() {
        if (form() == null || credentials != null) {
            return;
        }
        try {
            credentials = contacts.submit(new SubmitContactRequest(slug, getKind(), topic, way,
                    days.length == 0 ? EnumSet.noneOf(ContactDay.class) : EnumSet.copyOf(List.of(days)),
                    dayParts.length == 0 ? EnumSet.noneOf(DayPart.class) : EnumSet.copyOf(List.of(dayParts)),
                    confidantId, note, language.getLocale()));
            note = null;
        } catch (ContactRefused refused) {
            texts.error("contact.refused." + refused.reason().name());
        }
    }

    /** The credentials as a small text file, as after a report. */
    public StreamedContent getCredentialsFile() {
        if (credentials == null) {
            return null;
        }
        String text = texts.message("done.file.title", form.organisationName()) + "\r\n\r\n"
                + texts.message("done.caseCode") + ": " + credentials.caseCode() + "\r\n"
                + texts.message("done.password") + ": " + credentials.password() + "\r\n\r\n"
                + texts.message("done.file.keep") + "\r\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("meldpunt-" + credentials.caseCode() + ".txt")
                .contentType("text/plain; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public ReportForm getForm() {
        return form();
    }

    public boolean isSubmitted() {
        return credentials != null;
    }

    public ReportCredentials getCredentials() {
        return credentials;
    }

    public ContactTopic[] getTopics() {
        return ContactTopic.values();
    }

    public ContactWay[] getWays() {
        return ContactWay.values();
    }

    public ContactDay[] getAllDays() {
        return ContactDay.values();
    }

    public DayPart[] getAllDayParts() {
        return DayPart.values();
    }

    public int getMaxNoteLength() {
        return ContactRequest.MAX_NOTE_LENGTH;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public ContactKind getKind() {
        return kind == null ? ContactKind.CONVERSATION : kind;
    }

    public void setKind(ContactKind kind) {
        this.kind = kind;
    }

    public ContactTopic getTopic() {
        return topic;
    }

    public void setTopic(ContactTopic topic) {
        this.topic = topic;
    }

    public ContactWay getWay() {
        return way;
    }

    public void setWay(ContactWay way) {
        this.way = way;
    }

    public ContactDay[] getDays() {
        return days.clone();
    }

    public void setDays(ContactDay[] days) {
        this.days = days == null ? new ContactDay[0] : days.clone();
    }

    public DayPart[] getDayParts() {
        return dayParts.clone();
    }

    public void setDayParts(DayPart[] dayParts) {
        this.dayParts = dayParts == null ? new DayPart[0] : dayParts.clone();
    }

    public Long getConfidantId() {
        return confidantId;
    }

    public void setConfidantId(Long confidantId) {
        this.confidantId = confidantId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
