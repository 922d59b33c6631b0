"use client";
// «Печать»: the browser's print dialog; the print stylesheet (globals.css) leaves out the menu and buttons.
export function PrintButton({ label = "Печать" }: { label?: string }) {
  return (
    <button type="button" className="btn no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
