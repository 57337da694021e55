/**
 * An organisation's recovery key (issue 17, item 4): an X25519 key pair whose private half is printed once as a
 * recovery sheet and never stored; every case key of the organisation is also wrapped to its public half
 * ({@code security.CaseKeys}), so that a confidant who forgets the password, or leaves, does not take the cases
 * along. The organisation admin makes (or replaces) the key; a confidant of the organisation types the sheet in to
 * receive the cases that lack an own copy. No back door: the server never holds the private half beyond the one
 * request that uses it.
 *
 * <p>Uses {@code security} (the keys), {@code staff} (who is calling), {@code organisation} (its name) and {@code audit}.
 */
package nl.meldpunt.recovery;
