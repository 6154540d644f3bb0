package org.ddworkbench.bench;

/**
 * The measurements for one file format: the generated file, its bare parse, and its import into a fresh
 * encrypted project.
 *
 * @param format "XLSX" or "CSV"
 * @param fileBytes size of the generated file
 * @param generateSeconds time to write the file (not part of any comparison)
 * @param createSeconds time to create the fresh project, mostly the passphrase key derivation (not counted)
 * @param previewSeconds the import's validation pass
 * @param commitSeconds the import's storing pass
 * @param rowsImported rows the import reported as stored
 * @param valuesStored metric and field values the import reported as stored
 * @param storeBytes size of the project folder after the import
 */
record FormatRun(String format, int rows, long fileBytes, double generateSeconds, Phase bare, Phase imported,
        double createSeconds, double previewSeconds, double commitSeconds, long rowsImported, long valuesStored, long storeBytes) {

    /** Import time divided by bare-parse time; 0 when either failed. */
    double ratio() {
        return bare.ok() && imported.ok() && bare.nanos() > 0 ? (double) imported.nanos() / bare.nanos() : 0;
    }
}
