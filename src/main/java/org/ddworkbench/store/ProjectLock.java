package org.ddworkbench.store;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ddworkbench.model.IoReason;
import org.ddworkbench.store.ProjectException.Reason;

/**
 * Holds an exclusive lock on the project's empty {@code .lock} file while the project is open, so that one
 * window, process or CLI run at a time works on it. The empty file stays after release; removing it would
 * open a window in which two processes could each lock a different file of the same name.
 */
final class ProjectLock implements AutoCloseable {
    static final String FILE_NAME = ".lock";
    private static final Logger LOG = Logger.getLogger(ProjectLock.class.getName());

    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static ProjectLock acquire(Path folder) throws ProjectException {
        FileChannel channel;
        try {
            channel = FileChannel.open(folder.resolve(FILE_NAME), CREATE, WRITE);
        } catch (IOException e) {
            throw new ProjectException(Reason.IO, "The project " + folder + " cannot be locked for use: the file "
                    + FILE_NAME + " there cannot be created or opened (" + IoReason.of(e) + ").", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new ProjectLock(channel, lock);
            }
            closeQuietly(channel);
            throw inUse(folder, null);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(folder, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ProjectException(Reason.IO, "The project " + folder + " cannot be locked for use.", e);
        }
    }

    static ProjectException inUse(Path folder, Throwable cause) {
        return new ProjectException(Reason.IN_USE,
                "The project " + folder + " is open in another window or process. Close it there first.", cause);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not release the project lock; closing its file releases it", e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not close the project lock file", e);
        }
    }
}
