/**
 * The e-mail vault (PRODUCT.md §3.3): a reporter's optional e-mail address, stored apart from every
 * report — own persistence unit, own schema, own database account where the database allows —
 * sealed with AES-GCM and found only through an HMAC of the case code under a key the confidant
 * side never has. {@link nl.meldpunt.vault.MailVault} stores and removes addresses and says whether
 * one exists; only the mail component may read one, through {@link nl.meldpunt.vault.MailAddressResolver}
 * (an architecture test keeps it so).
 * Uses only {@code shared}.
 */
package nl.meldpunt.vault;
