package nl.meldpunt.publication;

import jakarta.ejb.ApplicationException;

/** A report file that does not exist (any more): the page answers "not found". */
@ApplicationException
public class FileMissing extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FileMissing(String message) {
        super(message);
    }
}
