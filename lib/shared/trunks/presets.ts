// Provider presets: sensible defaults and the setup steps that differ per PBX. Picking one pre-fills the form; every
// field stays editable. Hints are plain text so the same data renders in the form and in docs.
export const TRUNK_PRESETS = ["RINGLINK_KAMAILIO", "ASTERISK", "FREESWITCH", "THREECX", "YEASTAR", "OTHER"] as const;
export type TTrunkPreset = (typeof TRUNK_PRESETS)[number];
export type TTrunkAuthMode = "EPHEMERAL" | "STATIC" | "NONE";

export type TPresetInfo = {
  label: string;
  authMode: TTrunkAuthMode;
  hmacAlgorithm: "SHA1" | "SHA256";
  urlExample: string;
  hints: string[];
};

export const PRESET_INFO: Record<TTrunkPreset, TPresetInfo> = {
  RINGLINK_KAMAILIO: {
    label: "Ringlink reference SBC (Kamailio)",
    authMode: "EPHEMERAL",
    hmacAlgorithm: "SHA1",
    urlExample: "wss://sbc.example.com:8443/ws",
    hints: [
      "Deploy the Kamailio + rtpengine config shipped in sbc/ next to your PBX.",
      'Put the same shared secret in modparam("auth_ephemeral", "secret", "…"); add a second secret param to rotate without downtime.',
      "SHA-256 here needs sha_algorithm set to 1 in auth_ephemeral; SHA-1 is its default.",
      "Point the SBC's outbound route at your PBX's SIP trunk and allow only the SBC's address on that trunk.",
    ],
  },
  ASTERISK: {
    label: "Asterisk / FreePBX",
    authMode: "STATIC",
    hmacAlgorithm: "SHA1",
    urlExample: "wss://pbx.example.com:8089/ws",
    hints: [
      "Enable the HTTPS server (http.conf: tlsenable=yes, tlsbindaddr=0.0.0.0:8089) and a PJSIP transport-wss.",
      "Create a dedicated extension with webrtc=yes whose dialplan context reaches only the destination (no outbound routes).",
      "Asterisk cannot verify ephemeral credentials itself: for per-call credentials put the reference SBC in front of it.",
    ],
  },
  FREESWITCH: {
    label: "FreeSWITCH",
    authMode: "STATIC",
    hmacAlgorithm: "SHA1",
    urlExample: "wss://pbx.example.com:7443",
    hints: [
      "Set wss-binding :7443 in the internal Sofia profile with a real certificate (wss.pem).",
      "Use a dedicated user whose user_context only bridges to the destination.",
      "For per-call credentials, put the reference SBC in front of FreeSWITCH.",
    ],
  },
  THREECX: {
    label: "3CX",
    authMode: "EPHEMERAL",
    hmacAlgorithm: "SHA1",
    urlExample: "wss://sbc.example.com:8443/ws",
    hints: [
      "3CX does not accept browser SIP over WebSocket from third parties: run the reference SBC and connect it as a SIP trunk.",
      "In 3CX, route the trunk's inbound calls to the queue, ring group or extension you want visitors to reach.",
    ],
  },
  YEASTAR: {
    label: "Yeastar P-Series",
    authMode: "EPHEMERAL",
    hmacAlgorithm: "SHA1",
    urlExample: "wss://sbc.example.com:8443/ws",
    hints: [
      "Run the reference SBC and add it on the P-Series as a peer SIP trunk (allow only the SBC's IP).",
      "Add an inbound route from that trunk to the extension, ring group or IVR visitors should reach.",
    ],
  },
  OTHER: {
    label: "Other SBC or PBX",
    authMode: "EPHEMERAL",
    hmacAlgorithm: "SHA1",
    urlExample: "wss://sbc.example.com/ws",
    hints: [
      "Any SBC that speaks SIP over secure WebSocket (RFC 7118) works.",
      "Ephemeral credentials need the TURN-REST scheme (username <expiry>:<id>, password base64(HMAC(secret, username))).",
    ],
  },
};

export const AUTH_MODE_INFO: Record<TTrunkAuthMode, { label: string; summary: string }> = {
  EPHEMERAL: {
    label: "Ephemeral credentials (recommended)",
    summary: "The SBC and Ringlink share a secret. Each call gets a username and password valid for minutes and bound to its destination; nothing long-lived reaches a browser.",
  },
  STATIC: {
    label: "Static extension credentials",
    summary: "Weaker: every call uses the same SIP username and password. Ringlink sends it only inside a per-call response, but a visitor can copy it and reuse it.",
  },
  NONE: {
    label: "No authentication",
    summary: "The SBC admits anonymous calls by itself. Only safe if the SBC restricts them to the one destination.",
  },
};

// Why static credentials are weaker, and what must be restricted on the PBX so a copied password is worth nothing.
export const STATIC_LOCKDOWN = [
  "A dedicated extension used only by Ringlink, with a long random password.",
  "Its dialplan/context reaches only this widget's destination: no outbound, international or premium-rate routes.",
  "A concurrent-call limit on the extension (e.g. 2-5) and no voicemail or feature codes.",
  "Accept it only from your SBC's IP address, never from the internet at large.",
];
