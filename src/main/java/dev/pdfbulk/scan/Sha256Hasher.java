package dev.pdfbulk.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a file's bytes as 64 lower-case hex digits: the identity of a statement in the ledger,
 * whatever the file is called or where it lies. Reads in 64 KiB blocks, so any size is fine.
 *
 * <p>Threading: stateless; safe from any number of threads.
 */
public final class Sha256Hasher {

    private static final int BUFFER_BYTES = 64 * 1024;

    private Sha256Hasher() {
    }

    /**
     * Hashes {@code file}.
     *
     * @param file a readable file, not null
     * @return 64 lower-case hex digits
     * @throws IOException when the file cannot be read
     */
    public static String hash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return hash(in);
        }
    }

    /**
     * Hashes what is left in {@code in}, without closing it.
     *
     * @param in the bytes, not null
     * @return 64 lower-case hex digits
     * @throws IOException when the stream cannot be read
     */
    public static String hash(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException(e);
        }
    }
}
