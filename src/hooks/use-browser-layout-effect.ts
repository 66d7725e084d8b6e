'use client';
import { useEffect, useLayoutEffect } from 'react';

/** useLayoutEffect in the browser, useEffect on the server, where React 18 warns about the layout one (it never runs there). */
export const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
