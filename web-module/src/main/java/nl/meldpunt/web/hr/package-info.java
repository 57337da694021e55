/** HR and management: anonymised register, trend and annual reports of the own organisation. */
package nl.meldpunt.web.hr;
