/** HR's reports on the HR page and the organisation admin's page: the runs with progress, downloads, a report on demand and the schedules. */
package nl.meldpunt.web.publication;
