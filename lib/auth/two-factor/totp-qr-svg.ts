// QR-код для приложения-аутентификатора, drawn on the server as SVG (no script, no external service).
import QRCode from "qrcode";
import { totpUri } from "./totp-code";

export function totpQrSvg(secret: string, email: string): Promise<string> {
  return QRCode.toString(totpUri(secret, email), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
