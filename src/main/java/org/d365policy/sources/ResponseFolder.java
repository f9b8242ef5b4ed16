package org.d365policy.sources;

import org.d365policy.load.DocumentReader;
import org.d365policy.load.InvalidInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Import's folder of saved responses, read into {@link Responses} by {@code import} ({@link ResponseSave} writes it for pull). */
public final class ResponseFolder {
    /** Deeper than {@code environments/<id>/<file>} or {@code graph/groups/<id>/<file>} is not part of the layout. */
    private static final int MAX_DEPTH = 4;

    private ResponseFolder() {
    }

    public static Responses read(Path dir) throws InvalidInputException {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir.toString(), 0, 0, null, "no such folder; expected a folder of saved API responses (layout: README)");
        }
        Responses responses = new Responses(dir.toString());
        DocumentReader reader = new DocumentReader();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(dir.toString(), 0, 0, null, "the folder cannot be read (" + e.getMessage() + ")");
        }
        for (Path file : files) {
            String path = dir.relativize(file).toString().replace('\\', '/');
            responses.put(path, file.toString(), reader.readTree(utf8(file), file.toString()));
        }
        return responses;
    }

    /** UTF-8 (with or without a byte-order mark) as it is; UTF-16 with a byte-order mark as UTF-8; anything else is refused. */
    private static byte[] utf8(Path file) throws InvalidInputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, 0, null, "the file cannot be read (" + e.getMessage() + ")");
        }
        boolean bigEndian = bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff;
        boolean littleEndian = bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe;
        boolean utf32 = bytes.length >= 4 && littleEndian && bytes[2] == 0 && bytes[3] == 0;
        if (utf32 || (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xff) == 0xfe && (bytes[3] & 0xff) == 0xff)) {
            throw new InvalidInputException(file.toString(), 0, 0, null, "the file is UTF-32; save API responses as UTF-8 (or UTF-16 with a byte-order mark)");
        }
        if (!bigEndian && !littleEndian) return bytes;
        try {
            String text = (bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file.toString(), 0, 0, null, "the file starts with a UTF-16 byte-order mark but is not valid UTF-16");
        }
    }
}
