// The address of whoever opened the TCP connection. Next.js gives route handlers and server actions no
// socket, and only fills X-Forwarded-For with it when the client sent none, so a client could write its
// own. Installed once per server (instrumentation.ts): every request's headers get the socket's address
// under PEER_ADDRESS_HEADER, replacing whatever a client sent under that name.
import http from "node:http";

export const PEER_ADDRESS_HEADER = "x-kadry-peer-address";

const INSTALLED = Symbol.for("kadry.peerAddressHeader");

export function installPeerAddressHeader(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;
  proto[INSTALLED] = true;
}
