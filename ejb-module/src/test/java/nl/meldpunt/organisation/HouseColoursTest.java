package nl.meldpunt.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HouseColoursTest {

    @Test
    void ratiosAreWcags() {
        assertEquals(21.0, HouseColours.ratio("#000000", "#FFFFFF"), 1e-9);
        assertEquals(1.0, HouseColours.ratio("#777777", "#777777"), 1e-9);
        // WebAIM's contrast checker: #767676 on white is 4.54:1, the lightest grey that passes.
        assertEquals("4.54", new HouseColours.Pair("primary", "#767676", "#FFFFFF",
                HouseColours.ratio("#767676", "#FFFFFF"), 4.5).ratioText());
        assertTrue(HouseColours.ratio("#777777", "#FFFFFF") < 4.5);
    }

    @Test
    void theDemoColoursPassAndALightPrimaryFailsOnBothBackgrounds() {
        assertEquals(List.of(), HouseColours.failing("#00557F", "#E17000"));
        assertEquals(List.of(), HouseColours.failing("#2E6B30", "#8A4F9E"));
        List<HouseColours.Pair> failing = HouseColours.failing("#FFD700", "#E17000");
        assertEquals(2, failing.size());
        assertEquals("#FFFFFF", failing.get(0).against());
        assertEquals("1.40", failing.get(0).ratioText());
        assertEquals("4.5", failing.get(0).requiredText());
        assertEquals("#F6F7F9", failing.get(1).against());
    }

    @Test
    void theAccentNeedsThreeToOneBecauseItCarriesNoText() {
        // #949494 on white: 3.03:1 — enough for the bar and the focus ring, not for text.
        assertEquals(List.of("accent"), HouseColours.failing("#00557F", "#A0A0A0").stream().map(HouseColours.Pair::role).distinct().toList());
        assertEquals(List.of("#F6F7F9"), HouseColours.failing("#00557F", "#949494").stream().map(HouseColours.Pair::against).toList());
        assertEquals("3", HouseColours.failing("#00557F", "#FFFFFF").get(0).requiredText());
    }

    @Test
    void onlyHashAndSixHexDigitsIsAColour() {
        assertTrue(HouseColours.valid("#1d5c2e"));
        assertFalse(HouseColours.valid("1d5c2e"));
        assertFalse(HouseColours.valid("#1d5c2"));
        assertFalse(HouseColours.valid("red"));
        assertFalse(HouseColours.valid(null));
        assertFalse(HouseColours.valid("#1d5c2e;background:url(x)"));
    }
}
