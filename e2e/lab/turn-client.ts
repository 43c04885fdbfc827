// A minimal TURN client (RFC 5766/8656 over UDP): Allocate with long-term credentials, then CreatePermission for
// peers, to prove which peer addresses coturn agrees to relay to. A permission sends nothing to the peer, so
// probing a private or metadata address here never puts a packet on the wire beyond loopback.
import { createHash, createHmac, randomBytes } from "node:crypto";
import dgram from "node:dgram";

const COOKIE = 0x2112a442;
const ATTR = { USERNAME: 0x0006, MESSAGE_INTEGRITY: 0x0008, ERROR_CODE: 0x0009, XOR_PEER_ADDRESS: 0x0012, REALM: 0x0014, NONCE: 0x0015, REQUESTED_TRANSPORT: 0x0019 };

type TAttr = { type: number; value: Buffer };
type TResponse = { type: number; attrs: Map<number, Buffer> };
export type TTurnProbe = { allocated: boolean; allocateError?: number; permissions: Record<string, "ok" | number | undefined> };

function encode(type: number, attrs: TAttr[], key?: Buffer): Buffer {
  const body = Buffer.concat(attrs.map(({ type: t, value }) => {
    const head = Buffer.alloc(4);
    head.writeUInt16BE(t, 0);
    head.writeUInt16BE(value.length, 2);
    return Buffer.concat([head, value, Buffer.alloc((4 - (value.length % 4)) % 4)]);
  }));
  const header = Buffer.alloc(20);
  header.writeUInt16BE(type, 0);
  header.writeUInt32BE(COOKIE, 4);
  randomBytes(12).copy(header, 8);
  if (!key) return header.writeUInt16BE(body.length, 2), Buffer.concat([header, body]);
  // MESSAGE-INTEGRITY covers the message with its length already counting the 24-byte attribute itself.
  header.writeUInt16BE(body.length + 24, 2);
  const mac = createHmac("sha1", key).update(Buffer.concat([header, body])).digest();
  const mi = Buffer.alloc(4);
  mi.writeUInt16BE(ATTR.MESSAGE_INTEGRITY, 0);
  mi.writeUInt16BE(20, 2);
  return Buffer.concat([header, body, mi, mac]);
}

function decode(buf: Buffer): TResponse {
  const attrs = new Map<number, Buffer>();
  for (let off = 20; off + 4 <= buf.length; ) {
    const type = buf.readUInt16BE(off);
    const len = buf.readUInt16BE(off + 2);
    attrs.set(type, buf.subarray(off + 4, off + 4 + len));
    off += 4 + len + ((4 - (len % 4)) % 4);
  }
  return { type: buf.readUInt16BE(0), attrs };
}

const errorCode = (r: TResponse) => {
  const v = r.attrs.get(ATTR.ERROR_CODE);
  return v ? v[2]! * 100 + v[3]! : undefined;
};

function xorPeer(ip: string): Buffer {
  const v = Buffer.alloc(8);
  v.writeUInt8(0x01, 1);
  v.writeUInt16BE(9 ^ (COOKIE >>> 16), 2);
  v.writeUInt32BE((ip.split(".").reduce((a, o) => a * 256 + Number(o), 0) ^ COOKIE) >>> 0, 4);
  return v;
}

// Allocates with the given REST credentials and asks for a permission to each peer: "ok" or the error code.
export async function turnPermissions(o: { port: number; username: string; credential: string; peers: string[] }): Promise<TTurnProbe> {
  const sock = dgram.createSocket("udp4");
  await new Promise<void>((r) => sock.bind(0, "127.0.0.1", r));
  const ask = (msg: Buffer) =>
    new Promise<TResponse>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("TURN server did not answer")), 2000);
      sock.once("message", (m) => (clearTimeout(timer), resolve(decode(m))));
      sock.send(msg, o.port, "127.0.0.1");
    });
  try {
    const transport = { type: ATTR.REQUESTED_TRANSPORT, value: Buffer.from([17, 0, 0, 0]) };
    const challenge = await ask(encode(0x0003, [transport]));
    const realm = challenge.attrs.get(ATTR.REALM)!;
    const nonce = challenge.attrs.get(ATTR.NONCE)!;
    const key = createHash("md5").update(`${o.username}:${realm.toString()}:${o.credential}`).digest();
    const auth = [{ type: ATTR.USERNAME, value: Buffer.from(o.username) }, { type: ATTR.REALM, value: realm }, { type: ATTR.NONCE, value: nonce }];
    const allocation = await ask(encode(0x0003, [transport, ...auth], key));
    if (allocation.type !== 0x0103) return { allocated: false, allocateError: errorCode(allocation), permissions: {} };
    const permissions: TTurnProbe["permissions"] = {};
    for (const peer of o.peers) {
      const res = await ask(encode(0x0008, [{ type: ATTR.XOR_PEER_ADDRESS, value: xorPeer(peer) }, ...auth], key));
      permissions[peer] = res.type === 0x0108 ? "ok" : errorCode(res);
    }
    return { allocated: true, allocateError: undefined, permissions };
  } finally {
    sock.close();
  }
}
