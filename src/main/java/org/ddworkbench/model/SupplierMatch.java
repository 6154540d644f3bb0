package org.ddworkbench.model;

/**
 * A supplier named in a file that resembles an existing supplier without matching it for certain; listed for
 * review instead of being merged silently.
 *
 * @param score similarity 0..1 of the normalised names
 */
public record SupplierMatch(
        String nameAsWritten, String country, long candidateSupplierId, String candidateName, double score,
        String sheet, int row) {
}
