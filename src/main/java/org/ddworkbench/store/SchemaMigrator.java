package org.ddworkbench.store;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/** Brings a project store's schema up to date with the Flyway migrations in {@code db/migration}. */
final class SchemaMigrator {
    private static final String LOCATION = "classpath:db/migration";

    /** Migrates the store and returns its schema version. */
    String migrate(DataSource dataSource, Path storeFile) throws ProjectException {
        try {
            Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .load();
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null ? "" : current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw StoreDatabase.damaged(storeFile, "its tables could not be brought up to date", e);
        }
    }
}
