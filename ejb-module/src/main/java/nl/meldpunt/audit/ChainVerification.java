package nl.meldpunt.audit;

/**
 * The result of checking one hash chain: how many entries were checked and, if the chain is broken,
 * the sequence number of the first entry that does not fit and why.
 */
public record ChainVerification(String chainKey, long entriesChecked, Long firstBrokenSequence, String problem) {

    public boolean intact() {
        return firstBrokenSequence == null;
    }
}
