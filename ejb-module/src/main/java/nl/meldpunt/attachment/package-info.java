/**
 * Files added to a report (PRODUCT.md §3): the policy that judges a file by its content rather than
 * its name (Office, PDF, ZIP and image readers), photos stripped of location data, and the sealed
 * storage of name and content under the report's own key. Uses {@code casefile} (the report),
 * {@code reporter} (the logged-in reporter's own report), {@code security}, {@code audit} and
 * {@code shared}; no other feature uses it. It also judges an organisation's logo
 * ({@code LogoImages}, issue 13) and a confidant's photo ({@code PortraitPhotos}, issue 14), for {@code organisation}
 * and {@code profile}, which ask through their own {@code LogoCheck} and {@code PhotoCheck}.
 */
package nl.meldpunt.attachment;
