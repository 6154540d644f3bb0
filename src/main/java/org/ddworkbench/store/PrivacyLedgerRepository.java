package org.ddworkbench.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ddworkbench.model.PrivacyRelease;

/** The append-only privacy-budget ledger: releases in the order they were made. */
public final class PrivacyLedgerRepository {

    /** Appends a release inside the caller's transaction (the export that made it) and returns it with its id. */
    public PrivacyRelease append(Connection connection, Instant releasedAt, double epsilon, String reportName,
            String covered, String outputSha256) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO privacy_release (released_at,"
                + " epsilon, report_name, covered, output_sha256) VALUES (?, ?, ?, ?, ?)", new String[] {"ID"})) {
            insert.setLong(1, releasedAt.toEpochMilli());
            insert.setBigDecimal(2, BigDecimal.valueOf(epsilon));
            insert.setString(3, reportName);
            insert.setString(4, covered);
            insert.setString(5, outputSha256);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new PrivacyRelease(keys.getLong(1), Instant.ofEpochMilli(releasedAt.toEpochMilli()), epsilon,
                        reportName, covered, outputSha256);
            }
        }
    }

    /** Every release, oldest first. */
    public List<PrivacyRelease> all(Connection connection) throws SQLException {
        List<PrivacyRelease> releases = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, released_at, epsilon, report_name,"
                + " covered, output_sha256 FROM privacy_release ORDER BY id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                releases.add(new PrivacyRelease(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
                        rs.getBigDecimal(3).doubleValue(), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        return releases;
    }
}
