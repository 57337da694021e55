package nl.meldpunt.casefile;

import java.util.Optional;

/**
 * Whom a step informs, and so whose consent it needs (seeds 001, 003: "de melder houdt de regie").
 * Bringing a matter to the organisation's attention needs consent to inform the organisation; a
 * referral to an external party needs consent to inform a third party.
 */
public enum ConsentScope {
    ORGANISATION,
    THIRD_PARTY;

    /** The consent a step needs, if any. */
    public static Optional<ConsentScope> neededFor(String stepKey) {
        return switch (stepKey) {
            case "BRING_TO_ATTENTION" -> Optional.of(ORGANISATION);
            case "REFERRAL" -> Optional.of(THIRD_PARTY);
            default -> Optional.empty();
        };
    }
}
