package io.policygraph.correction;

/** A correction or a review action that cannot be taken as asked; nothing was changed. */
public final class CorrectionRejectedException extends RuntimeException {

	private final int status;

	private final String parameter;

	public CorrectionRejectedException(int status, String parameter, String detail) {
		super(detail);
		this.status = status;
		this.parameter = parameter;
	}

	/** {@return the HTTP status that answers it: 400 bad request, 404 unknown id, 409 not applicable} */
	public int status() {
		return this.status;
	}

	/** {@return the request field that was wrong} */
	public String parameter() {
		return this.parameter;
	}

}
