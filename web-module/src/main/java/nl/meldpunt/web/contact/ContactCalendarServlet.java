package nl.meldpunt.web.contact;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.meldpunt.contact.ContactConsoleService;
import nl.meldpunt.contact.ContactRefused;

/**
 * The agreed appointment of a contact request as an iCalendar file ({@code /console/contact-calendar?id=…}), for the
 * confidant's own calendar: times and a neutral summary only. The console area's constraint admits confidants only;
 * the service refuses a request of another organisation (403, audited by the refusal filter).
 */
@WebServlet("/console/contact-calendar")
public class ContactCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContactConsoleService contacts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String calendar;
        try {
            calendar = contacts.calendarFile(id);
        } catch (ContactRefused refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = calendar.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"afspraak.ics\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
