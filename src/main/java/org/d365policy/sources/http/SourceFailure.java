package org.d365policy.sources.http;

import org.d365policy.load.InvalidInputException;

/**
 * A request that failed in a way the person running pull must act on: a missing permission, a refused sign-in, an
 * API that kept failing. Exit 2, like any input that cannot be read; the message names the request and what to do,
 * and never carries a token or a secret.
 */
public final class SourceFailure extends InvalidInputException {
    private final String message;

    public SourceFailure(String request, String problem) {
        super(request, 0, 0, null, problem);
        this.message = request + ": " + getProblem();
    }

    @Override
    public String getMessage() {
        return message;
    }
}
