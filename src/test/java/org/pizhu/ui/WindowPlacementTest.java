package org.pizhu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window's remembered place and size: written and read back, and fitted to the screens there are now. */
class WindowPlacementTest {
    private static final List<Rectangle2D> ONE_SCREEN = List.of(new Rectangle2D(0, 0, 1920, 1080));

    @Test
    void aPlacementReadsBackAsWritten() {
        WindowPlacement p = new WindowPlacement(120, 80, 1000, 700, true);
        assertThat(WindowPlacement.decode(p.encode())).contains(p);
        assertThat(WindowPlacement.decode("12 x 3 4 false")).isEmpty();
        assertThat(WindowPlacement.decode("")).isEmpty();
        assertThat(WindowPlacement.decode(null)).isEmpty();
    }

    @Test
    void aPlacementOnTheScreenIsKept() {
        WindowPlacement p = new WindowPlacement(300, 200, 800, 560, false);
        assertThat(p.fitted(ONE_SCREEN)).isEqualTo(p);
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneIsCentredAgainAtItsSize() {
        WindowPlacement onSecond = new WindowPlacement(2500, 100, 900, 600, false);
        WindowPlacement fitted = onSecond.fitted(ONE_SCREEN);
        assertThat(fitted.x()).isNaN();
        assertThat(fitted.y()).isNaN();
        assertThat(fitted.width()).isEqualTo(900);
        assertThat(fitted.height()).isEqualTo(600);
    }

    @Test
    void theSizeStaysBetweenTheMinimumAndTheLargestScreen() {
        assertThat(new WindowPlacement(0, 0, 5000, 3000, false).fitted(ONE_SCREEN))
                .isEqualTo(new WindowPlacement(0, 0, 1920, 1080, false));
        WindowPlacement tiny = new WindowPlacement(10, 10, 100, 50, false).fitted(ONE_SCREEN);
        assertThat(tiny.width()).isEqualTo(WindowPlacement.MIN_WIDTH);
        assertThat(tiny.height()).isEqualTo(WindowPlacement.MIN_HEIGHT);
    }
}
