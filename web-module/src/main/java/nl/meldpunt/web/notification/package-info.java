/** The confidant's own mail preferences (which reminders to receive). Uses {@code nl.meldpunt.notification}. */
package nl.meldpunt.web.notification;
