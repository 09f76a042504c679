package io.policygraph.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the write endpoints (upload and delete of documents) before a byte of a body is read: a missing
 * or wrong API key is refused (401), and so is an upload without a declared length (411) or larger than
 * {@code policygraph.max-upload} (413). Any other request with a declared body over that size is refused too.
 */
@Component
class UploadGuard extends OncePerRequestFilter {

	static final String UPLOAD_PATH = "/api/documents";

	private final byte[] apiKey;

	private final long maxBytes;

	UploadGuard(@Value("${policygraph.api-key:}") String apiKey, @Value("${policygraph.max-upload:20MB}") DataSize maxUpload) {
		this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
		this.maxBytes = maxUpload.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean upload = "POST".equals(request.getMethod()) && UPLOAD_PATH.equals(request.getRequestURI());
		boolean delete = "DELETE".equals(request.getMethod()) && request.getRequestURI().startsWith(UPLOAD_PATH + "/");
		if (upload || delete) {
			String key = request.getHeader("X-API-Key");
			if (this.apiKey.length == 0) {
				ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
						"uploads are disabled: set POLICYGRAPH_API_KEY on the server to enable them");
				return;
			}
			if (key == null || !MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), this.apiKey)) {
				ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "missing or wrong X-API-Key header");
				return;
			}
			if (upload && length < 0) {
				ProblemResponses.write(response, HttpStatus.LENGTH_REQUIRED, "an upload must declare its Content-Length");
				return;
			}
		}
		if (length > this.maxBytes) {
			ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, "the request body is " + length + " bytes; the limit is " + this.maxBytes
					+ " bytes (policygraph.max-upload)");
			return;
		}
		chain.doFilter(request, response);
	}

}
