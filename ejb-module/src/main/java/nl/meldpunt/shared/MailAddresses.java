package nl.meldpunt.shared;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** What counts as a usable e-mail address: one plain address, no display name, no list. */
public final class MailAddresses {

    /** Longest address accepted (RFC 5321 path limit). */
    public static final int MAX_LENGTH = 254;

    private MailAddresses() {
    }

    public static boolean isValid(String address) {
        if (address == null || address.isBlank() || address.strip().length() > MAX_LENGTH) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(address.strip(), true);
            return parsed.getAddress().contains("@") && parsed.getPersonal() == null
                    && parsed.getAddress().equals(address.strip());
        } catch (AddressException e) {
            return false;
        }
    }
}
