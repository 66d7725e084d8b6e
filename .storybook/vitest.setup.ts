// Every story becomes a Vitest test in Chromium (see the `storybook` project in vite.config.ts).
// The a11y annotations add an axe run after each story's play function.
import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/react-vite';
import * as projectAnnotations from './preview';

setProjectAnnotations([a11yAddonAnnotations, projectAnnotations]);
