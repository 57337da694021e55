/**
 * Contact requests (issue 14, item 1; seed 004): "I want to talk to a confidant" and, for managers and HR, "I want
 * advice about a situation in my team". A short intake of fixed choices (topic, preferred way, preferred moments,
 * optionally a confidant and one short sealed note) gives the same anonymous case code and password as a report; the
 * confidant proposes appointment slots, the requester accepts one or asks for other moments, and both see the agreed
 * appointment (the confidant also as an iCalendar file without content). With the requester's consent the confidant
 * turns a request into a report case with the same case code and password.
 *
 * <p>A request is not a report: it has its own table and is not counted in the register, the deadlines, the trends
 * or the annual report until it becomes a case. Uses {@code intake} (case codes, passwords, the organisation's form
 * with its confidants), {@code casefile} (the report a request becomes), {@code questionnaire} (the current sets a
 * new case gets), {@code organisation}, {@code staff}, {@code vault} (an address for news), {@code security},
 * {@code audit} and {@code shared}. {@code reporter} uses it for the login.
 */
package nl.meldpunt.contact;
