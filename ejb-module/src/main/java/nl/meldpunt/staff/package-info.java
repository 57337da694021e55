/** Staff accounts (platform admin, organisation admin, confidant, HR) and their login. */
package nl.meldpunt.staff;
