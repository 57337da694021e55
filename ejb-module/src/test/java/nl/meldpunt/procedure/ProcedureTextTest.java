package nl.meldpunt.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.meldpunt.procedure.ProcedureText.Block;
import nl.meldpunt.procedure.ProcedureText.Kind;
import org.junit.jupiter.api.Test;

/** The procedure's small text subset: blank-line paragraphs, "- " lists, everything else text as typed. */
class ProcedureTextTest {

    @Test
    void blankLinesMakeParagraphsAndDashLinesMakeLists() {
        String text = "Eerste alinea\nmet een tweede regel.\r\n\r\nWaarvoor?\n- pesten\n* fraude\n  en diefstal\n\nSlot.";
        assertEquals(List.of(
                new Block(Kind.PARAGRAPH, List.of("Eerste alinea", "met een tweede regel.")),
                new Block(Kind.PARAGRAPH, List.of("Waarvoor?")),
                new Block(Kind.LIST, List.of("pesten", "fraude en diefstal")),
                new Block(Kind.PARAGRAPH, List.of("Slot."))), ProcedureText.blocks(text));
    }

    @Test
    void markupStaysTextAndControlCharactersGo() {
        String text = "<script>alert(1)</script>\u0000\n- <b>vet</b> & meer";
        assertEquals(List.of(new Block(Kind.PARAGRAPH, List.of("<script>alert(1)</script>")),
                new Block(Kind.LIST, List.of("<b>vet</b> & meer"))), ProcedureText.blocks(text));
        assertEquals("a\nb", ProcedureText.normalised("  \r\n a  \r\nb\t \u0007\n\n"));
    }

    @Test
    void aLoneDashIsNoListAndNothingIsNoBlock() {
        assertEquals(List.of(new Block(Kind.PARAGRAPH, List.of("-", "-"))), ProcedureText.blocks("-\n- "));
        assertEquals(List.of(), ProcedureText.blocks(null));
        assertEquals(List.of(), ProcedureText.blocks(" \n\n "));
    }
}
