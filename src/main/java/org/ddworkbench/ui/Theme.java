package org.ddworkbench.ui;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * The application's look: its one stylesheet (light, or dark through {@code dark.css}, which imports it and
 * only redefines colours) and its icon (a white shield with a check mark on blue).
 */
public final class Theme {
    private static final String SMALL_ICON = "app-icon-32.png";
    private static final String LARGE_ICON = "app-icon-256.png";
    /** The style class the root of a dark window carries, so tests and future rules can tell. */
    public static final String DARK_CLASS = "dark";

    // The look is one per process, like JavaFX's own user-agent stylesheet: every window and dialog follows it.
    private static volatile boolean dark;

    private Theme() {
    }

    /** The stylesheet every scene and dialog of the application uses. */
    public static String stylesheet() {
        return url(dark);
    }

    public static boolean isDark() {
        return dark;
    }

    /**
     * Switches every open window, and every dialog opened from now on, to the dark or the light theme.
     * Must be called on the FX thread.
     */
    public static void useDark(boolean useDark) {
        String old = url(dark);
        dark = useDark;
        for (Window window : List.copyOf(Window.getWindows())) {
            Scene scene = window.getScene();
            if (scene != null) {
                restyle(scene, old);
            }
        }
    }

    /** Gives {@code scene} the current theme in place of {@code old}, and marks its root dark or not. */
    private static void restyle(Scene scene, String old) {
        int index = scene.getStylesheets().indexOf(old);
        if (index >= 0) {
            scene.getStylesheets().set(index, stylesheet());
        }
        if (scene.getRoot() != null) {
            scene.getRoot().getStyleClass().remove(DARK_CLASS);
            if (dark) {
                scene.getRoot().getStyleClass().add(DARK_CLASS);
            }
        }
    }

    /** In Thai, the variant that imports the sheet and sets the bundled Thai font (docs/decisions/0013). */
    private static String url(boolean darkTheme) {
        String name = darkTheme ? "dark" : "app";
        if (ThaiFont.wanted()) {
            ThaiFont.load();
            name += "-th";
        }
        return Theme.class.getResource(name + ".css").toExternalForm();
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
