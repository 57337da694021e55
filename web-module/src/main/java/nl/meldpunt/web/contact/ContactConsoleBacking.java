package nl.meldpunt.web.contact;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.contact.ContactConsoleService;
import nl.meldpunt.contact.ContactQueueEntry;
import nl.meldpunt.contact.ContactRefused;
import nl.meldpunt.contact.ContactSlot;
import nl.meldpunt.contact.ContactView;
import nl.meldpunt.contact.ContactWay;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.web.shared.Texts;

/**
 * The console's side of contact requests: the open requests in the work queue ({@code /console/index.xhtml}) and one
 * request ({@code /console/contact.xhtml?id=…}) with its slots, proposing a slot, the agreed appointment as a calendar
 * file, and asking the requester's consent to turn it into a case (then converting it).
 */
@Named
@ViewScoped
public class ContactConsoleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContactConsoleService contacts;

    @Inject
    private Texts texts;

    private Long id;
    private ContactView view;
    private List<ContactQueueEntry> queue;
    private LocalDate day;
    private String start;
    private Integer minutes = 45;
    private ContactWay way;
    private String details;

    /** Loads the request of {@code ?id=}; one of another organisation is refused (403, audited) by the service. */
    public void load() {
        if (id != null) {
            try {
                view = contacts.open(id);
                way = view.way();
            } catch (ContactRefused refused) {
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            }
        }
    }

    public List<ContactQueueEntry> getQueue() {
        if (queue == null) {
            queue = contacts.openRequests();
        }
        return queue;
    }

    public void propose() {
        try {
            contacts.propose(id, day, start, minutes == null ? 0 : minutes, way, details);
            texts.info("contact.proposed");
            day = null;
            start = null;
            details = null;
        } catch (ContactRefused refused) {
            texts.error("contact.refused." + refused.reason().name());
        }
        view = contacts.open(id);
    }

    public void askConversion() {
        try {
            contacts.askConversion(id);
            texts.info("contact.conversion.asked");
        } catch (ContactRefused refused) {
            texts.error("contact.refused." + refused.reason().name());
        }
        view = contacts.open(id);
    }

    public void convert() throws IOException {
        try {
            long report = contacts.convert(id);
            texts.info("contact.converted");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/console/case.xhtml?id=" + report);
        } catch (ContactRefused refused) {
            texts.error("contact.refused." + refused.reason().name());
            view = contacts.open(id);
        }
    }

    public ContactView getView() {
        return view;
    }

    public LocalDate getToday() {
        return DutchTime.today(java.time.Clock.systemUTC());
    }

    public ContactWay[] getWays() {
        return ContactWay.values();
    }

    public int getMinMinutes() {
        return ContactSlot.MIN_MINUTES;
    }

    public int getMaxMinutes() {
        return ContactSlot.MAX_MINUTES;
    }

    public int getMaxDetailsLength() {
        return ContactSlot.MAX_DETAILS_LENGTH;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public ContactWay getWay() {
        return way;
    }

    public void setWay(ContactWay way) {
        this.way = way;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }
}
