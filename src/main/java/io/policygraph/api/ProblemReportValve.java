package io.policygraph.api;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatus;

/**
 * Errors Tomcat answers itself, before a request reaches Spring (a request line it cannot parse, such as
 * a query string with raw UTF-8 bytes), as {@code application/problem+json} instead of Tomcat's HTML page.
 * Installed as the host's error report valve by {@link ApiServerConfiguration}.
 */
public final class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = known == null ? "Error" : known.getReasonPhrase();
		String detail = status == 400
				? "the request could not be read; characters outside ASCII in a URL must be percent-encoded "
						+ "(curl -G --data-urlencode 'q=加氢站' http://localhost:8080/api/search)"
				: title;
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
						+ detail.replace("\"", "\\\"") + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone or the response is already on its way: nothing more to say
		}
	}

}
