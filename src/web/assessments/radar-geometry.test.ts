import { describe, expect, it } from 'vitest';
import {
  axisAngle,
  labelPosition,
  numberedAxes,
  pointOnAxis,
  radarShape,
  ringPath,
  wrapLabel,
} from './radar-geometry.ts';

const r = { cx: 100, cy: 100, radius: 50 };

describe('radar geometry', () => {
  it('puts the first axis straight up and goes clockwise', () => {
    expect(axisAngle(0, 4)).toBeCloseTo(-Math.PI / 2);
    expect(pointOnAxis(r, 0, 4, 10)).toEqual({ x: 100, y: 50 });
    expect(pointOnAxis(r, 1, 4, 10)).toEqual({ x: 150, y: 100 });
    expect(pointOnAxis(r, 2, 4, 5)).toEqual({ x: 100, y: 125 });
    expect(pointOnAxis(r, 3, 4, 10)).toEqual({ x: 50, y: 100 });
  });

  it('keeps a value on the scale', () => {
    expect(pointOnAxis(r, 0, 4, 12)).toEqual({ x: 100, y: 50 });
    expect(pointOnAxis(r, 0, 4, -1)).toEqual({ x: 100, y: 100 });
  });

  it('draws a ring as a closed polygon through every axis', () => {
    expect(ringPath(r, 4, 10)).toBe('M100 50 L150 100 L100 150 L50 100 Z');
  });

  it('closes the polygon when every domain is rated', () => {
    const shape = radarShape(r, [10, 10, 10, 10]);
    expect(shape.path).toBe('M100 50 L150 100 L100 150 L50 100 Z');
    expect(shape.markers.map((m) => m.index)).toEqual([0, 1, 2, 3]);
  });

  it('breaks the outline at an unrated domain but keeps a marker for every rating', () => {
    const shape = radarShape(r, [10, null, 10, 10]);
    // The run 2 → 3 → 0 wraps past the last axis and stays one line; nothing is drawn through axis 1.
    expect(shape.path).toBe('M100 150 L50 100 L100 50');
    expect(shape.markers.map((m) => m.index)).toEqual([0, 2, 3]);
  });

  it('shows a rating between two gaps by its marker alone', () => {
    const shape = radarShape(r, [null, 10, null, 10, 10]);
    expect(shape.path.match(/M/g)).toHaveLength(1);
    expect(shape.markers).toHaveLength(3);
    expect(radarShape(r, [null, 4, null]).path).toBe('');
  });

  it('draws nothing without ratings', () => {
    expect(radarShape(r, [null, null])).toEqual({ path: '', markers: [] });
    expect(radarShape(r, [])).toEqual({ path: '', markers: [] });
  });

  it('anchors labels away from the chart', () => {
    expect(labelPosition(r, 0, 4)).toEqual({ x: 100, y: 40, anchor: 'middle', baseline: 'auto' });
    expect(labelPosition(r, 1, 4)).toMatchObject({ x: 160, anchor: 'start', baseline: 'middle' });
    expect(labelPosition(r, 2, 4)).toMatchObject({ y: 160, anchor: 'middle', baseline: 'hanging' });
    expect(labelPosition(r, 3, 4)).toMatchObject({ x: 40, anchor: 'end' });
  });

  it('wraps long names at spaces', () => {
    expect(wrapLabel('Kommunikation och digital förmåga')).toEqual([
      'Kommunikation',
      'och digital',
      'förmåga',
    ]);
    expect(wrapLabel('Arbetslivserfarenhet')).toEqual(['Arbetslivserfarenhet']);
    expect(wrapLabel('Hälsa')).toEqual(['Hälsa']);
  });

  it('numbers the axes when there are more than eight domains', () => {
    expect(numberedAxes(8)).toBe(false);
    expect(numberedAxes(12)).toBe(true);
  });
});
