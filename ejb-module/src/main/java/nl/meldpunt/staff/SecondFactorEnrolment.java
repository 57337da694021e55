package nl.meldpunt.staff;

import java.io.Serializable;

/** What the enrolment page shows: the QR code (a PNG data URI) and the same secret as text. */
public record SecondFactorEnrolment(String qrCodeDataUri, String secret) implements Serializable {

    @Override
    public String toString() {
        return "SecondFactorEnrolment[secret hidden]";
    }
}
