package io.policygraph.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.policygraph.correction.ApiKeys;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the write endpoints (upload and delete of documents, corrections, review actions) before a byte of a
 * body is read: a missing or wrong API key is refused (401), and so is an upload without a declared length
 * (411) or larger than {@code policygraph.max-upload} (413). Any other request with a declared body over that
 * size is refused too. The name of the key accepted is the author of the write ({@link ApiKeys#AUTHOR}).
 */
@Component
class UploadGuard extends OncePerRequestFilter {

	static final String UPLOAD_PATH = "/api/documents";

	/** Writes besides documents: corrections and the review queue's actions (reads there stay open). */
	private static final List<String> WRITE_PATHS = List.of("/api/corrections", "/api/review");

	private final ApiKeys apiKeys;

	private final long maxBytes;

	UploadGuard(@Value("${policygraph.api-keys:}") String apiKeys, @Value("${policygraph.api-key:}") String apiKey,
			@Value("${policygraph.max-upload:20MB}") DataSize maxUpload) {
		this.apiKeys = new ApiKeys(apiKeys, apiKey);
		this.maxBytes = maxUpload.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean upload = "POST".equals(request.getMethod()) && UPLOAD_PATH.equals(request.getRequestURI());
		boolean delete = "DELETE".equals(request.getMethod()) && request.getRequestURI().startsWith(UPLOAD_PATH + "/");
		boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
				&& !"OPTIONS".equals(request.getMethod())
				&& WRITE_PATHS.stream().anyMatch(p -> request.getRequestURI().equals(p) || request.getRequestURI().startsWith(p + "/"));
		if (upload || delete || write) {
			if (!this.apiKeys.any()) {
				ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
						"writes are disabled: set POLICYGRAPH_API_KEYS (name:secret,…) or POLICYGRAPH_API_KEY on the server to enable them");
				return;
			}
			String author = this.apiKeys.nameOf(request.getHeader("X-API-Key"));
			if (author == null) {
				ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "missing or wrong X-API-Key header");
				return;
			}
			request.setAttribute(ApiKeys.AUTHOR, author);
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
