/** The demo organisation and its staff accounts, created on first start when demo data is switched on. */
package nl.meldpunt.demo;
