// The last "Check connection" result as pages show it (recorded on the trunk row by the server).
export type TTrunkCheck = { at: string; ok: boolean; code: number | null; rttMs: number | null; server: string | null; error: string | null };
