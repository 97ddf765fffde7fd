package org.rulescape.core.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the header of a .npy file (NumPy format versions 1.0 to 3.0) before its bytes reach
 * ND4J's native reader, so a damaged file gives an error naming the file and the damage rather
 * than a crash. Accepts only C-ordered little-endian arrays of the expected dtype.
 */
final class NpyHeader {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyHeader() {
    }

    /**
     * Returns the shape stored in {@code bytes}, after checking that the file is a .npy of dtype
     * {@code descr} (for example {@code <f8}) whose size matches its header.
     *
     * @throws RunFormatException naming {@code file}, what was expected and what was found
     */
    static long[] check(Path file, byte[] bytes, String descr) throws RunFormatException {
        if (bytes.length < 10 || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new RunFormatException(file, "expected a .npy file starting with \\x93NUMPY, found "
                    + (bytes.length < 10 ? bytes.length + " bytes" : "other bytes") + "; the file is damaged");
        }
        int major = bytes[6];
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength;
        int prefix;
        if (major == 1) {
            headerLength = Short.toUnsignedInt(buffer.getShort(8));
            prefix = 10;
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) {
                throw new RunFormatException(file, "expected a .npy header, found only " + bytes.length + " bytes");
            }
            headerLength = Integer.toUnsignedLong(buffer.getInt(8));
            prefix = 12;
        } else {
            throw new RunFormatException(file, "expected .npy format version 1, 2 or 3, found " + major);
        }
        if (prefix + headerLength > bytes.length) {
            throw new RunFormatException(file, "the .npy header claims " + headerLength + " bytes but the file has "
                    + (bytes.length - prefix) + " after its prefix; the file was cut short");
        }
        String header = new String(bytes, prefix, (int) headerLength, StandardCharsets.ISO_8859_1);

        String foundDescr = group(file, DESCR, header, "descr");
        if (!foundDescr.equals(descr)) {
            throw new RunFormatException(file, "expected dtype " + descr + ", found " + foundDescr);
        }
        if (group(file, FORTRAN, header, "fortran_order").equals("True")) {
            throw new RunFormatException(file, "expected a C-ordered array, found fortran_order True");
        }
        long[] shape = parseShape(file, group(file, SHAPE, header, "shape"));

        long elements = 1;
        for (long dimension : shape) {
            elements = Math.multiplyExact(elements, dimension);
        }
        long expectedBytes = prefix + headerLength + elements * 8;
        if (bytes.length != expectedBytes) {
            throw new RunFormatException(file, "shape " + Arrays.toString(shape) + " needs " + expectedBytes
                    + " bytes but the file has " + bytes.length + "; the file is damaged or was cut short");
        }
        return shape;
    }

    private static String group(Path file, Pattern pattern, String header, String key) throws RunFormatException {
        Matcher matcher = pattern.matcher(header);
        if (!matcher.find()) {
            throw new RunFormatException(file, "the .npy header has no valid '" + key + "' entry: " + header.trim());
        }
        return matcher.group(1);
    }

    private static long[] parseShape(Path file, String text) throws RunFormatException {
        String[] parts = text.split(",");
        int count = 0;
        long[] shape = new long[parts.length];
        for (String part : parts) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                shape[count] = Long.parseLong(trimmed);
            } catch (NumberFormatException e) {
                throw new RunFormatException(file, "the .npy shape must list integers, found (" + text + ")", e);
            }
            if (shape[count] < 0) {
                throw new RunFormatException(file, "the .npy shape must not be negative, found (" + text + ")");
            }
            count++;
        }
        return Arrays.copyOf(shape, count);
    }
}
