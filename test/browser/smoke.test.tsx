import { render, screen } from '@testing-library/react';

test('runs in a real Chromium', () => {
  render(<button type="button">Pay</button>);
  expect(screen.getByRole('button', { name: 'Pay' })).toBeVisible();
  expect(navigator.userAgent).toMatch(/Chrome/);
});
