package nl.meldpunt.casefile;

/**
 * What each sealed text of a case is bound to: the associated data of its encryption. A sealed text
 * opens only under the same case code and field, so a value copied to another case or field is refused.
 * These strings are part of the stored data: changing one makes existing case files unreadable.
 */
public final class SealingContexts {

    private SealingContexts() {
    }

    public static String answer(String caseCode, String questionKey) {
        return "report:" + caseCode + ":answer:" + questionKey;
    }

    public static String message(String caseCode, MessageKind kind) {
        return "report:" + caseCode + ":message:" + kind.name();
    }

    public static String step(String caseCode) {
        return "report:" + caseCode + ":step";
    }

    public static String referral(String caseCode) {
        return "report:" + caseCode + ":referral";
    }

    public static String peerConsultation(String caseCode) {
        return "report:" + caseCode + ":peer";
    }

    public static String breach(String caseCode, String field) {
        return "report:" + caseCode + ":breach:" + field;
    }

    public static String attachmentName(String caseCode) {
        return "report:" + caseCode + ":attachment:name";
    }

    public static String attachmentContent(String caseCode) {
        return "report:" + caseCode + ":attachment:content";
    }
}
