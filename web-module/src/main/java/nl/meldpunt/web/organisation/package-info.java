/** The public entry page of each organisation ({@code /m/{slug}}) and its house colours. */
package nl.meldpunt.web.organisation;
