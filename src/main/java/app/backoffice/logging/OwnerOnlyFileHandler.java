package app.backoffice.logging;

import app.backoffice.config.OwnerOnly;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Appends log records to {@code backoffice.log} and rotates it to {@code backoffice.log.1} and on
 * when it grows past a limit, keeping at most {@code keep} files in all.
 *
 * <p>The JDK's {@code FileHandler} creates its files with the process's default permissions; this
 * one creates them readable by their owner only, like everything else in the data directory.
 */
final class OwnerOnlyFileHandler extends Handler {

  private final Path file;
  private final long limitBytes;
  private final int keep;
  private OutputStream out;
  private long size;

  OwnerOnlyFileHandler(Path file, long limitBytes, int keep) throws IOException {
    this.file = file;
    this.limitBytes = limitBytes;
    this.keep = keep;
    open();
  }

  private void open() throws IOException {
    try {
      OwnerOnly.createFile(file);
    } catch (FileAlreadyExistsException e) {
      // Appending to the existing log.
    }
    OwnerOnly.tighten(file);
    out = Files.newOutputStream(file, StandardOpenOption.APPEND);
    size = Files.size(file);
  }

  @Override
  public synchronized void publish(LogRecord record) {
    if (!isLoggable(record)) {
      return;
    }
    try {
      byte[] line = getFormatter().format(record).getBytes(StandardCharsets.UTF_8);
      if (size > 0 && size + line.length > limitBytes) {
        rotate();
      }
      out.write(line);
      out.flush();
      size += line.length;
    } catch (IOException | RuntimeException e) {
      reportError("cannot write the log file " + file, e, ErrorManager.WRITE_FAILURE);
    }
  }

  private void rotate() throws IOException {
    out.close();
    for (int i = keep - 2; i >= 1; i--) {
      Path older = numbered(i);
      if (Files.exists(older)) {
        Files.move(older, numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.move(file, numbered(1), StandardCopyOption.REPLACE_EXISTING);
    open();
  }

  private Path numbered(int n) {
    return file.resolveSibling(file.getFileName() + "." + n);
  }

  @Override
  public synchronized void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      reportError("cannot flush the log file " + file, e, ErrorManager.FLUSH_FAILURE);
    }
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      reportError("cannot close the log file " + file, e, ErrorManager.CLOSE_FAILURE);
    }
  }
}
