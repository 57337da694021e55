/**
 * The report as a case (PRODUCT.md §4): the {@link nl.meldpunt.casefile.Report} entity and its
 * status, track and steps, messages, consent, referrals and formal routes, the registration form,
 * breach and peer-consultation records, deadlines and the work queue. It owns the report's life
 * cycle; {@code intake}, {@code reporter} and {@code attachment} use it through its entities and
 * services. Structured registration fields stay in the clear for the register; every free text is
 * sealed with the report's own data key ({@link nl.meldpunt.casefile.SealingContexts} says to what).
 * Uses {@code questionnaire}, {@code organisation}, {@code staff}, {@code security}, {@code audit},
 * {@code vault} and {@code shared}.
 */
package nl.meldpunt.casefile;
