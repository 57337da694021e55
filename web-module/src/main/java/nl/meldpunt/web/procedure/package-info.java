/**
 * The organisation's procedure and PSA policy (issue 14, item 3): the organisation admin's editor
 * ({@code /admin/procedure.xhtml}, {@link nl.meldpunt.web.procedure.ProcedureEditorBacking}) and the public page
 * per organisation ({@code /procedure/{slug}}, {@link nl.meldpunt.web.procedure.ProcedurePageServlet}, linked from
 * the entry page) with the current version, the confidant's role and the Wbk's external reporting. Uses the
 * services of {@code procedure} and {@code organisation}, and {@code web.shared}.
 */
package nl.meldpunt.web.procedure;
