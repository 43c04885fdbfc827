// Call token limits shared by the signer, the verifier and key publication.
export const CALL_TOKEN_ISSUER = "ringlink";
export const CALL_TOKEN_AUDIENCE = "ringlink-call";
// Explicit typing (RFC 8725 §3.11): a JWT minted for something else can never pass as a call token.
export const CALL_TOKEN_TYPE = "ringlink-call+jwt";
export const MAX_CALL_TOKEN_TTL_SECONDS = 300;
export const CLOCK_TOLERANCE_SECONDS = 30;

// How long an instance keeps signing with the key it last loaded; another instance may rotate meanwhile.
export const SIGNER_CACHE_SECONDS = 30;
// A retired key stays published until every token it could still have signed is expired everywhere:
// the longest token, the clock skew we accept, and the time an instance may not yet have seen the rotation.
export const RETIRED_KEY_PUBLISHED_SECONDS = MAX_CALL_TOKEN_TTL_SECONDS + CLOCK_TOLERANCE_SECONDS + SIGNER_CACHE_SECONDS;
