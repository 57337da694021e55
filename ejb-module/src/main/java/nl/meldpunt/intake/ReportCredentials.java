package nl.meldpunt.intake;

/**
 * The case code and password, shown to the reporter exactly once. Only the password's hash is kept.
 */
public record ReportCredentials(String caseCode, String password) {

    @Override
    public String toString() {
        return "ReportCredentials[" + caseCode + ", password hidden]";
    }
}
