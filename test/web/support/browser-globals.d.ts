/**
 * Types for code the browser tests run inside the page (page.evaluate): the DOM, and the
 * explorer's read-only handle (web/src/main.tsx declares the same shape for the app).
 */
/// <reference lib="dom" />

interface Window {
  leakgraph?: {
    visibleNodes(): string[];
    nodeCount(): number;
    edgeCount(): number;
    node(id: string): Record<string, unknown> | null;
    screenPosition(id: string): { x: number; y: number } | null;
    drawnColor(id: string): string | null;
    drawnLabels(): { node: string; label: string; x: number; y: number; width: number; height: number }[];
    idle(): boolean;
  };
  /** The bare sigma page of bench:web (tools/bench/web/bare): reference interactions, in ms. */
  bare?: { refresh(): Promise<number>; swap(url: string): Promise<number> };
}
