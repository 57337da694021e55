package nl.meldpunt.intake;

/**
 * The case code and password, shown to the reporter exactly once. Only the password's hash is kept.
 */
public record ReportCredentials(String caseCode, String password) {

    @Override
    public String toString() {
        return "ReportCredentials[case code and password hidden]"; // the case code is the login name
    }
}
