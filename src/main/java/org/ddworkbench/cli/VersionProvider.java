package org.ddworkbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** The version shown by {@code --version}: the one Maven recorded in the jar, or "development build". */
final class VersionProvider implements CommandLine.IVersionProvider {
    private static final String POM_PROPERTIES = "/META-INF/maven/org.ddworkbench/ddworkbench/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"Diligence Workbench " + version(), "Java " + System.getProperty("java.version")};
    }

    private static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "development build");
            }
        } catch (IOException e) {
            Logger.getLogger(VersionProvider.class.getName()).log(Level.FINE, "Cannot read the build version", e);
        }
        return "development build";
    }
}
