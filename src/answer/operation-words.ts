/**
 * The endings that name an operation by its kind: "thyroidectomy", "pericardiotomy", "tracheostomy", "septoplasty",
 * "orchidopexy", "herniorrhaphy". One pattern source for the asked-kind gate (compose-answer.ts) and the follow-up
 * resolver's procedures (resolve-follow-up.ts); each puts its own word start before it.
 */
export const OPERATION_ENDING = String.raw`(?:ectom(?:y|ies)|otom(?:y|ies)|ostom(?:y|ies)|plast(?:y|ies)|pex(?:y|ies)|orrhaph(?:y|ies))`;
