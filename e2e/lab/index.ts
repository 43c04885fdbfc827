// The telephony lab's public surface for other specs and scripts (see lab.ts for the handle's fields).
export { startLab, labEnv, labFromEnv, type TLab, type TLabHandle, type TLabOptions, type TLabAgent } from "./lab";
export { mintSipCredentials, mintTurnCredentials, hmacPassword, type THmacAlgorithm } from "./credentials";
export { connectAgent, type TAgentClient, type TAgentEvent } from "./agent-client";
export { analyzeWav, type TWavSummary } from "./wav";
export { sipOptionsUdp, sipOptionsWs, sipOverWs, stunBinding } from "./probes";
export { openLabPage, callOptions, placeCall, mediaStats, hangup, callState, sendDtmf, gatherCandidates } from "./browser";
export { turnPermissions, type TTurnProbe } from "./turn-client";
