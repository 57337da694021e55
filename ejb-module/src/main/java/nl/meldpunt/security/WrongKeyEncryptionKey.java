package nl.meldpunt.security;

/**
 * The server was started with a key-encryption key that is not the one this database was set up with (the same
 * key id, another key): {@link KeyCheck} found that at start-up, and from then on {@link CaseCipher} seals and
 * opens nothing. It is a {@link CaseContentUnreadable}, so every page that opens case content says that the
 * content cannot be read now (and that the report is not gone); a new report is refused with the reporter's
 * answers kept on the page, rather than sealed under a key that would be lost when the right one returns.
 */
public class WrongKeyEncryptionKey extends CaseContentUnreadable {

    private static final long serialVersionUID = 1L;

    public WrongKeyEncryptionKey(String reason) {
        super(reason);
    }
}
