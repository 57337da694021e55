package nl.meldpunt.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.meldpunt.staff.StaffService;

/** Sends a logged-in staff member to the start page of the own role. */
@WebServlet("/staff/home")
public class StaffHomeServlet extends HttpServlet {

    @Inject
    private StaffService staff;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + staff.me().role().homePath());
    }
}
