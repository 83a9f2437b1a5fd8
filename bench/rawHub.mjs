// A minimal client of the documented JSON hub protocol (docs/protocol.md) on its own WebSocket framing over a
// TCP socket, with the subset of @microsoft/signalr's HubConnection that load.mjs uses (start, on, onStroke,
// onclose, invoke, send, stop). `--client raw` (the default) chooses it.
//
// It exists so that the load tool costs less CPU per delivered message than the server it measures (issue 27):
// - the socket reads into one buffer shared by every connection of the thread (no allocation per read);
// - a `Canvas` stroke is never parsed: its message is matched by its bytes and only the fields of the ledger's
//   key (strokeId, first point, number of coordinates) are read out of it, in plain loops; other messages are
//   JSON.parse'd;
// - frames are sent masked with a zero key (RFC 6455 requires a mask, not a random one from a test client on
//   loopback), so the payload is written as is, header and payload in one buffer.
import net from 'node:net';
import { randomBytes } from 'node:crypto';

const RS = 0x1e;
const PING = `{"type":6}\x1e`;
const KEEP_ALIVE_MS = 15000; // the server closes a connection that sends nothing for 30 s
const CLOSE_TIMEOUT_MS = 3000;
const READ_BUFFER = Buffer.allocUnsafe(256 * 1024); // one per thread: a read is consumed before the next one
const CANVAS_PREFIX = Buffer.from('{"type":1,"target":"Canvas","arguments":[{');
const STROKE_ID = Buffer.from('"strokeId":');
const HEADERS_END = Buffer.from('\r\n\r\n');
const OP_CONTINUATION = 0, OP_TEXT = 1, OP_BINARY = 2, OP_CLOSE = 8, OP_PING = 9;

export class RawHubConnection {
  constructor(url) {
    const u = new URL(url);
    this.host = u.hostname.replace(/^\[|\]$/g, ''); this.port = Number(u.port || 80); this.path = u.pathname;
    this.handlers = new Map(); this.closeHandlers = []; this.pending = new Map(); this.strokeHandler = null;
    this.nextId = 1; this.closeError = null; this.keepAlive = null; this.lastSent = 0;
    this.carry = null; // bytes of a frame not complete at the end of a read
    this.record = null; // bytes of a hub message not complete at the end of a frame
    this.upgraded = false; this.handshaken = false; this.closed = false;
  }

  on(name, handler) { this.handlers.set(name.toLowerCase(), handler); }
  /** Called with (strokeId, x0, y0, coordinates) for every Canvas stroke, instead of on('Canvas'). */
  onStroke(handler) { this.strokeHandler = handler; }
  onclose(handler) { this.closeHandlers.push(handler); }

  start() {
    return new Promise((resolve, reject) => {
      this.started = { resolve, reject };
      const socket = this.socket = net.connect({
        host: this.host, port: this.port, noDelay: true,
        onread: { buffer: READ_BUFFER, callback: (n, buf) => { this.read(buf, n); } },
      });
      socket.on('connect', () => socket.write(`GET ${this.path} HTTP/1.1\r\nHost: ${this.host}:${this.port}\r\n`
        + `Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n`
        + 'Sec-WebSocket-Version: 13\r\n\r\n'));
      socket.on('error', (e) => { this.closeError ??= e.message; });
      socket.on('close', () => this.closedSocket());
    });
  }

  closedSocket() {
    this.closed = true;
    clearInterval(this.keepAlive);
    const error = new Error(this.closeError ?? 'connection closed');
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
    if (!this.handshaken) { this.started.reject(error); return; }
    for (const handler of this.closeHandlers) handler(this.closeError ? error : undefined);
  }

  read(chunk, n) {
    let buf = chunk, end = n;
    if (this.carry) { buf = Buffer.concat([this.carry, chunk.subarray(0, n)]); end = buf.length; this.carry = null; }
    let at = 0;
    if (!this.upgraded) {
      const headersEnd = buf.indexOf(HEADERS_END);
      if (headersEnd < 0 || headersEnd >= end) { this.carry = Buffer.from(buf.subarray(0, end)); return; }
      const status = buf.toString('latin1', 0, buf.indexOf(13));
      if (!/^HTTP\/1\.1 101/.test(status)) { this.closeError = `upgrade refused: ${status}`; this.socket.destroy(); return; }
      this.upgraded = true;
      this.send$(`{"protocol":"json","version":1}\x1e`);
      at = headersEnd + 4;
    }
    while (at < end) {
      if (end - at < 2) break;
      const opcode = buf[at] & 0x0f;
      let length = buf[at + 1] & 0x7f, header = 2;
      if (length === 126) { if (end - at < 4) break; length = buf.readUInt16BE(at + 2); header = 4; }
      else if (length === 127) { if (end - at < 10) break; length = Number(buf.readBigUInt64BE(at + 2)); header = 10; }
      if (end - at < header + length) break;
      this.frame(opcode, buf, at + header, at + header + length);
      at += header + length;
    }
    if (at < end) this.carry = Buffer.from(buf.subarray(at, end)); // a copy: the read buffer is reused
  }

  frame(opcode, buf, start, end) {
    switch (opcode) {
      case OP_TEXT: case OP_BINARY: case OP_CONTINUATION: break;
      case OP_PING: this.writeFrame(0x8a, buf.subarray(start, end)); return;
      case OP_CLOSE: if (!this.closed) this.socket.end(); return;
      default: return; // unsolicited pongs (the server's keep-alive)
    }
    // Hub messages end with a record separator; one may span frames.
    let from = start;
    if (this.record) {
      const sep = buf.indexOf(RS, start);
      if (sep < 0 || sep >= end) { this.record = Buffer.concat([this.record, buf.subarray(start, end)]); return; }
      const whole = Buffer.concat([this.record, buf.subarray(start, sep)]);
      this.record = null;
      this.message(whole, 0, whole.length);
      from = sep + 1;
    }
    while (from < end) {
      if (this.strokeHandler && this.handshaken && readStroke(buf, from, end)) {
        this.strokeHandler(stroke.id, stroke.x0, stroke.y0, stroke.coordinates);
        from = stroke.end + 1;
        continue;
      }
      const sep = buf.indexOf(RS, from);
      if (sep < 0 || sep >= end) { this.record = Buffer.from(buf.subarray(from, end)); return; }
      this.message(buf, from, sep);
      from = sep + 1;
    }
  }

  // A message that is not a whole stroke in one frame; such a stroke reaches on('Canvas').
  message(buf, start, end) {
    this.dispatch(JSON.parse(buf.toString('utf8', start, end)));
  }

  dispatch(message) {
    if (!this.handshaken) {
      this.handshaken = true;
      if (message.error) { this.closeError = message.error; this.socket.destroy(); return; }
      this.keepAlive = setInterval(() => {
        if (!this.closed && Date.now() - this.lastSent >= KEEP_ALIVE_MS) this.send$(PING);
      }, KEEP_ALIVE_MS / 3);
      this.started.resolve();
      return;
    }
    switch (message.type) {
      case 1: this.handlers.get(message.target.toLowerCase())?.(...message.arguments); break;
      case 3: {
        const call = this.pending.get(message.invocationId);
        if (!call) break;
        this.pending.delete(message.invocationId);
        if (message.error) call.reject(new Error(message.error)); else call.resolve(message.result);
        break;
      }
      case 7: this.closeError = message.error ?? null; break;
      default: break; // pings
    }
  }

  invoke(target, ...args) {
    const id = String(this.nextId++);
    return new Promise((resolve, reject) => {
      this.send$(`{"type":1,"invocationId":"${id}","target":"${target}","arguments":${JSON.stringify(args)}}\x1e`);
      this.pending.set(id, { resolve, reject });
    });
  }

  send(target, ...args) {
    try {
      this.send$(`{"type":1,"target":"${target}","arguments":${JSON.stringify(args)}}\x1e`);
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e);
    }
  }

  send$(text) {
    if (this.closed) throw new Error('connection closed');
    this.lastSent = Date.now();
    const length = Buffer.byteLength(text);
    const header = length < 126 ? 6 : length < 65536 ? 8 : 14;
    const frame = Buffer.allocUnsafe(header + length);
    writeHeader(frame, 0x81, length);
    frame.write(text, header);
    this.socket.write(frame);
  }

  writeFrame(first, payload) {
    const header = payload.length < 126 ? 6 : 8;
    const frame = Buffer.allocUnsafe(header + payload.length);
    writeHeader(frame, first, payload.length);
    payload.copy(frame, header);
    this.socket.write(frame);
  }

  stop() {
    return new Promise((resolve) => {
      if (this.closed) { resolve(); return; }
      this.socket.once('close', () => resolve());
      this.writeFrame(0x88, Buffer.from([0x03, 0xe8])); // close, 1000 normal
      setTimeout(() => this.socket.destroy(), CLOSE_TIMEOUT_MS).unref();
    });
  }
}

// FIN + opcode, the masked length, and a zero masking key.
function writeHeader(frame, first, length) {
  frame[0] = first;
  let at;
  if (length < 126) { frame[1] = 0x80 | length; at = 2; }
  else if (length < 65536) { frame[1] = 0x80 | 126; frame.writeUInt16BE(length, 2); at = 4; }
  else { frame[1] = 0x80 | 127; frame.writeBigUInt64BE(BigInt(length), 2); at = 10; }
  frame.writeUInt32BE(0, at);
}

// A whole Canvas operation with points (the game's, with "kind":"stroke", or the relay's batch as sent) at start:
// reads the ledger's key and the index of the message's record separator into `stroke`, and says whether it was
// one. Plain loops over the bytes, no Buffer.indexOf or compare: at a few dozen bytes, the call into native code
// costs more than the search.
const stroke = { id: 0, x0: 0, y0: 0, coordinates: 0, end: 0 };
function readStroke(buf, start, end) {
  if (end - start <= CANVAS_PREFIX.length || !bytesAt(buf, start, CANVAS_PREFIX)) return false;
  let p = find(buf, STROKE_ID, start + CANVAS_PREFIX.length, end);
  if (p < 0) return false;
  stroke.id = int(buf, p + STROKE_ID.length);
  for (p = intEnd; p < end && buf[p] !== 0x5b; p++); // the first '[' after the id opens "points"
  if (p >= end || !isDigit(buf[p + 1])) return false;
  stroke.x0 = int(buf, p + 1);
  stroke.y0 = int(buf, intEnd + 1);
  let coordinates = 2;
  for (p = intEnd; p < end && buf[p] !== 0x5d; p++) if (buf[p] === 0x2c) coordinates++; // up to ']'
  while (p < end && buf[p] !== RS) p++;
  if (p >= end) return false; // the message goes on in the next frame
  stroke.coordinates = coordinates;
  stroke.end = p;
  return true;
}

function bytesAt(buf, at, bytes) {
  for (let i = 0; i < bytes.length; i++) if (buf[at + i] !== bytes[i]) return false;
  return true;
}

function find(buf, bytes, from, end) {
  const first = bytes[0], last = end - bytes.length;
  for (let p = from; p <= last; p++) if (buf[p] === first && bytesAt(buf, p, bytes)) return p;
  return -1;
}

const isDigit = (c) => c >= 0x30 && c <= 0x39;

// The non-negative integer at p; intEnd is left at the index after it.
let intEnd = 0;
function int(buf, p) {
  let v = 0;
  for (let c = buf[p]; c >= 0x30 && c <= 0x39; c = buf[++p]) v = v * 10 + (c - 0x30);
  intEnd = p;
  return v;
}
