package io.guarddesk.accounts.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of an uploaded directory file into text. Japanese companies export CSV from
 * Excel in Shift_JIS as often as in UTF-8, so a file that is not valid UTF-8 is read as
 * Windows-31J (Microsoft's Shift_JIS, which Excel writes); when neither decodes cleanly the file
 * is refused instead of importing mojibake.
 */
public final class CsvText {

    public enum Encoding { AUTO, UTF_8, SHIFT_JIS }

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private CsvText() {
    }

    public static Optional<String> decode(byte[] bytes, Encoding encoding) {
        return switch (encoding) {
            case UTF_8 -> strict(bytes, StandardCharsets.UTF_8).map(CsvText::withoutBom);
            case SHIFT_JIS -> strict(bytes, WINDOWS_31J);
            case AUTO -> strict(bytes, StandardCharsets.UTF_8).map(CsvText::withoutBom).or(() -> strict(bytes, WINDOWS_31J));
        };
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
