import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { BrandMark, CARD_BRANDS, en } from '../src/index';
import { PartsFrame } from './parts-frame';

/** The brand marks (an inline SVG each, in the brand's own colours): decorative, so each sits beside its name here as it does in a card. */
const meta = {
  title: 'Parts/BrandMark',
  parameters: { backend: false },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllBrands: Story = {
  render: () => (
    <PartsFrame>
      <ul
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))',
          gap: 8,
          padding: 0,
          listStyle: 'none',
        }}
      >
        {CARD_BRANDS.map((brand) => (
          <li key={brand} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <BrandMark brand={brand} />
            {en.brands[brand]}
          </li>
        ))}
      </ul>
    </PartsFrame>
  ),
  play: async ({ canvasElement }) => {
    const marks = canvasElement.querySelectorAll<HTMLElement>('[data-sc-part="brand"]');
    await expect(marks).toHaveLength(CARD_BRANDS.length);
    marks.forEach((mark) => expect(mark).toHaveAttribute('aria-hidden', 'true'));
    // An inline SVG: Visa's navy wordmark on a white card.
    const visa = canvasElement.querySelector<SVGElement>('[data-sc-part="brand"][data-brand="visa"]')!;
    await expect(visa.tagName).toBe('svg');
    await expect(getComputedStyle(visa.querySelector('text')!).fill).toBe('rgb(26, 31, 113)');
    await expect(visa).toHaveTextContent('VISA');
    // Nothing is fetched: every mark is drawn inline.
    await expect(canvasElement.querySelector('svg image, img')).toBeNull();
    await expect(within(canvasElement).getByText('Visa')).toBeVisible();
  },
};
