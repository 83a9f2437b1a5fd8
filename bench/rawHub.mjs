// A minimal client of the documented JSON hub protocol (docs/protocol.md) straight on a WebSocket, with the
// subset of @microsoft/signalr's HubConnection that load.mjs uses (start, on, onclose, invoke, send, stop).
// It skips the SignalR client's per-message machinery, so that the load tool spends less CPU per message
// than the server it measures (issue 27); `--client raw` chooses it.
import WebSocket from 'ws';

const RS = '\x1e';
const PING = `{"type":6}${RS}`;
const KEEP_ALIVE_MS = 15000; // the server closes a connection that sends nothing for 30 s

export class RawHubConnection {
  constructor(url) {
    this.url = url.replace(/^http/, 'ws');
    this.handlers = new Map(); this.closeHandlers = []; this.pending = new Map();
    this.nextId = 1; this.partial = ''; this.closeError = null; this.keepAlive = null; this.lastSent = 0;
  }

  on(name, handler) { this.handlers.set(name.toLowerCase(), handler); }
  onclose(handler) { this.closeHandlers.push(handler); }

  start() {
    return new Promise((resolve, reject) => {
      const ws = this.ws = new WebSocket(this.url, { perMessageDeflate: false });
      let handshaken = false;
      ws.on('open', () => this.write(`{"protocol":"json","version":1}${RS}`));
      ws.on('error', (e) => { if (!handshaken) reject(e); });
      ws.on('message', (data) => {
        const text = this.partial + data.toString();
        const last = text.lastIndexOf(RS);
        if (last < 0) { this.partial = text; return; }
        this.partial = text.slice(last + 1);
        for (const frame of text.slice(0, last).split(RS)) {
          if (handshaken) { this.dispatch(frame); continue; }
          handshaken = true;
          const answer = JSON.parse(frame);
          if (answer.error) { reject(new Error(answer.error)); return; }
          this.keepAlive = setInterval(() => {
            if (ws.readyState === WebSocket.OPEN && Date.now() - this.lastSent >= KEEP_ALIVE_MS) this.write(PING);
          }, KEEP_ALIVE_MS / 3);
          resolve();
        }
      });
      ws.on('close', () => {
        clearInterval(this.keepAlive);
        const error = new Error(this.closeError ?? 'connection closed');
        for (const { reject: fail } of this.pending.values()) fail(error);
        this.pending.clear();
        if (handshaken) for (const handler of this.closeHandlers) handler(this.closeError ? error : undefined);
        else reject(error);
      });
    });
  }

  dispatch(frame) {
    const message = JSON.parse(frame);
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
      this.write(`{"type":1,"invocationId":"${id}","target":"${target}","arguments":${JSON.stringify(args)}}${RS}`);
      this.pending.set(id, { resolve, reject });
    });
  }

  send(target, ...args) {
    try {
      this.write(`{"type":1,"target":"${target}","arguments":${JSON.stringify(args)}}${RS}`);
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e);
    }
  }

  write(text) {
    if (this.ws.readyState !== WebSocket.OPEN) throw new Error('connection closed');
    this.lastSent = Date.now();
    this.ws.send(text);
  }

  stop() {
    return new Promise((resolve) => {
      if (this.ws.readyState === WebSocket.CLOSED) { resolve(); return; }
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }
}
