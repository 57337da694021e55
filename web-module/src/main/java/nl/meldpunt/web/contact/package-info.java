/**
 * The pages of contact requests (issue 14, item 1): the short intake from the entry page ({@code /contact.xhtml}), the
 * requester's personal page for a request ({@code /melder/contact.xhtml}), the console's list and page
 * ({@code /console/contact.xhtml}) and the agreed appointment as an iCalendar file. Uses {@code nl.meldpunt.contact},
 * {@code nl.meldpunt.intake} (the organisation's form, the credentials) and {@code web.shared}.
 */
package nl.meldpunt.web.contact;
