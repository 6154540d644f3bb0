package org.ddworkbench.ingest.read;

import java.util.List;
import org.ddworkbench.task.CancellationToken;

/**
 * Wraps the caller's {@link RowHandler} and cancellation so that their exceptions cross the parser untouched
 * and are never mistaken for a damaged file: each is carried as a {@link Failure} and rethrown as is.
 */
final class GuardedRowHandler implements RowHandler {
    private final RowHandler delegate;
    private final CancellationToken cancellation;

    GuardedRowHandler(RowHandler delegate, CancellationToken cancellation) {
        this.delegate = delegate;
        this.cancellation = cancellation;
    }

    /** Throws the caller's {@code CancellationException} (wrapped) when cancellation was asked for. */
    void checkCancelled() {
        try {
            cancellation.throwIfCancelled();
        } catch (RuntimeException e) {
            throw new Failure(e);
        }
    }

    @Override
    public boolean startSheet(SheetInfo sheet) {
        try {
            return delegate.startSheet(sheet);
        } catch (RuntimeException e) {
            throw new Failure(e);
        }
    }

    @Override
    public void row(int rowNumber, List<RawCell> cells) {
        try {
            delegate.row(rowNumber, cells);
        } catch (RuntimeException e) {
            throw new Failure(e);
        }
    }

    @Override
    public void mergedRegions(SheetInfo sheet, List<CellRange> regions) {
        try {
            delegate.mergedRegions(sheet, regions);
        } catch (RuntimeException e) {
            throw new Failure(e);
        }
    }

    @Override
    public void endSheet(SheetInfo sheet) {
        try {
            delegate.endSheet(sheet);
        } catch (RuntimeException e) {
            throw new Failure(e);
        }
    }

    /** An exception of the caller's handler or cancellation token, to be rethrown unchanged. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(RuntimeException original) {
            super(original.getMessage(), original, false, false);
        }

        RuntimeException original() {
            return (RuntimeException) getCause();
        }
    }
}
