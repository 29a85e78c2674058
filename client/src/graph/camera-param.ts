/** Where the drawing looks: its zoom and pan, as Cytoscape gives them. */
export interface Camera {
  zoom: number;
  pan: { x: number; y: number };
}

/** The query parameter of a shared link that carries the camera. */
export const CAMERA_PARAM = 'camera';

/** "1.234,-56.7,89" : zoom to three places, pan to a tenth of a pixel. */
export function formatCamera(camera: Camera): string {
  const round = (value: number, places: number) => String(Math.round(value * 10 ** places) / 10 ** places);
  return `${round(camera.zoom, 4)},${round(camera.pan.x, 1)},${round(camera.pan.y, 1)}`;
}

/** The camera in a query string, or null when it is missing or malformed (never trusted blindly). */
export function parseCamera(query: string): Camera | null {
  const text = new URLSearchParams(query).get(CAMERA_PARAM);
  if (!text) return null;
  const parts = text.split(',').map(Number);
  if (parts.length !== 3 || parts.some((part) => !Number.isFinite(part))) return null;
  const [zoom, x, y] = parts as [number, number, number];
  if (zoom <= 0 || zoom > 100) return null;
  return { zoom, pan: { x, y } };
}

/** A link with the camera added, so it reopens looking at the same place. */
export function withCamera(link: string, camera: Camera): string {
  const url = new URL(link);
  url.searchParams.set(CAMERA_PARAM, formatCamera(camera));
  return url.toString();
}
