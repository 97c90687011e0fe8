package org.lungang.data.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads durations written as {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h} or ISO-8601 ({@code PT30S}), from a
 * millisecond up to {@link #MAX}: a longer limit is a typo, not a plan (a county solves in minutes).
 */
final class DurationConverter implements ITypeConverter<Duration> {

    /** The longest time limit accepted. */
    static final Duration MAX = Duration.ofHours(24);

    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
        Matcher matcher = SHORT.matcher(value.trim().toLowerCase());
        Duration duration;
        if (matcher.matches()) {
            try {
                long amount = Long.parseLong(matcher.group(1));
                duration = switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
            } catch (NumberFormatException | ArithmeticException e) {
                // Too many digits for a long, or too many hours for a Duration: far beyond the limit either way.
                throw tooLong(value);
            }
        } else {
            try {
                duration = Duration.parse(value.trim().toUpperCase());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a duration like 30s, 2m or PT30S");
            }
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new TypeConversionException("'" + value + "' must be a positive duration");
        }
        if (duration.compareTo(MAX) > 0) {
            throw tooLong(value);
        }
        return duration;
    }

    private static TypeConversionException tooLong(String value) {
        return new TypeConversionException("'" + value + "' is too long a time limit; give at most 24h");
    }
}
