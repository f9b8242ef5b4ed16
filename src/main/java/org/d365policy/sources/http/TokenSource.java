package org.d365policy.sources.http;

import org.d365policy.load.InvalidInputException;

/** Where bearer tokens come from: MSAL4J, or a command the person running pull names. */
public interface TokenSource {
    /** A bearer token for the endpoint's audience; implementations cache it for the run. */
    String token(Endpoint endpoint) throws InvalidInputException;
}
