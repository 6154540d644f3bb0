package org.ddworkbench.ui;

import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** The application's look: its one stylesheet and its icon (a white shield with a check mark on blue). */
public final class Theme {
    private static final String SMALL_ICON = "app-icon-32.png";
    private static final String LARGE_ICON = "app-icon-256.png";

    private Theme() {
    }

    /** The stylesheet every scene and dialog of the application uses. */
    public static String stylesheet() {
        return Theme.class.getResource("app.css").toExternalForm();
    }

    /** The icon in the sizes a window manager picks from. */
    public static List<Image> icons() {
        return List.of(load(SMALL_ICON), load(LARGE_ICON));
    }

    /** The icon scaled smoothly to {@code size} pixels, for placing in a layout. */
    public static ImageView iconView(double size) {
        ImageView view = new ImageView(load(LARGE_ICON));
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setSmooth(true);
        view.setId("app-icon");
        view.setAccessibleText(I18n.tr("Diligence Workbench"));
        return view;
    }

    private static Image load(String name) {
        return new Image(Theme.class.getResource(name).toExternalForm());
    }
}
