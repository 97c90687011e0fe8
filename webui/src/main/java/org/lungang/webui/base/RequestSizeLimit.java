package org.lungang.webui.base;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds request bodies on the API before anything reads them (even before the login check): a dataset upload
 * ({@code POST /api/datasets}, a problem file or a workbook) up to {@code lungang.limits.upload}, every other call up
 * to {@code lungang.limits.json-body}. A body announced too large is answered 413 at once; a body without a length
 * (chunked) is cut off when it passes the limit, and answered 413 too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestSizeLimit extends OncePerRequestFilter {

    /** Thrown while reading a body past its limit; {@link ApiExceptionHandler} answers 413. */
    public static class BodyTooLargeException extends IOException {
        BodyTooLargeException(BodyLimit limit) {
            super(limit.message(-1));
        }
    }

    /** The limit that applies to a request's body: the upload's or every other call's. */
    record BodyLimit(long bytes, boolean upload) {

        /** What a 413 says: the limit, the body's length when it is known ({@code length > 0}), what to do. */
        String message(long length) {
            String what = upload ? "An uploaded file (problem file or workbook)" : "A request body";
            return what + " may have at most " + megabytes(bytes) + (length > 0 ? "; this one has "
                    + megabytes(length) : "") + (upload ? ". Split the county's data or remove unused sheets, rows"
                            + " and pictures (limit: lungang.limits.upload)" : " (limit: lungang.limits.json-body)");
        }
    }

    private final long uploadLimit;
    private final long jsonLimit;
    private final ObjectMapper objectMapper;

    RequestSizeLimit(@Value("${lungang.limits.upload:50MB}") DataSize uploadLimit,
            @Value("${lungang.limits.json-body:1MB}") DataSize jsonLimit, ObjectMapper objectMapper) {
        this.uploadLimit = uploadLimit.toBytes();
        this.jsonLimit = jsonLimit.toBytes();
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = request.getMethod().equals("POST")
                && request.getRequestURI().equals(request.getContextPath() + "/api/datasets");
        BodyLimit limit = new BodyLimit(upload ? uploadLimit : jsonLimit, upload);
        long length = request.getContentLengthLong();
        if (length > limit.bytes()) {
            tooLarge(response, objectMapper, length, limit);
            return;
        }
        chain.doFilter(length >= 0 ? request : new LimitedRequest(request, limit), response);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static void tooLarge(HttpServletResponse response, ObjectMapper objectMapper, long length, BodyLimit limit)
            throws IOException {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Connection", "close");
        objectMapper.writeValue(response.getOutputStream(), ApiExceptionHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                "Payload too large", limit.message(length), List.of()));
    }

    /** A request whose body stream fails once more than the limit's bytes were read. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final BodyLimit limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, BodyLimit limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final BodyLimit limit;
        private long read;

        LimitedStream(ServletInputStream in, BodyLimit limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit.bytes()) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
