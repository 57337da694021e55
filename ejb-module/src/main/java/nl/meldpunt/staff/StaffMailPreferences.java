package nl.meldpunt.staff;

import java.io.Serializable;

/** Where a confidant's deadline reminders go, and whether as one daily digest. */
public record StaffMailPreferences(String address, boolean digest) implements Serializable {
}
