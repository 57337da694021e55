/**
 * System health at a glance for the platform admin (issue 13): the database answering and how fast, the
 * outbox's backlog, the last report runs and retention run, free disk space of the domain. Counts, times
 * and states only, never any report content. Reads the tables of {@code notification}, {@code publication}
 * and {@code retention} with plain SQL, so it uses no feature package: only {@code shared}.
 */
package nl.meldpunt.health;
