import { describe, expect, it } from 'vitest';
import { parseInventory } from '../src/index';

describe('parseInventory', () => {
  it('accepts a minimal item and applies defaults', () => {
    const result = parseInventory([{ category: 'laptop', quantity: 3, purchaseYear: 2022, lifetimeYears: '5' }], { today: '2025-06-01' });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data[0]?.status).toBe('in-service');
    expect(result.data[0]?.perimeter).toBe('administration');
    expect(result.data[0]?.lifetimeYears?.toFixed()).toBe('5');
  });

  it('rejects negative quantities, a zero lifetime, unknown categories and future dates with stable codes', () => {
    const result = parseInventory(
      [
        { category: 'laptop', quantity: -1 },
        { category: 'laptop', quantity: 1, lifetimeYears: '0' },
        { category: 'toaster', quantity: 1 },
      ],
      { today: '2025-06-01' },
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.code, i.path.join('.')])).toMatchInlineSnapshot(`
      [
        [
          "quantity_not_positive",
          "0.quantity",
        ],
        [
          "must_be_positive",
          "1.lifetimeYears",
        ],
        [
          "unknown_category",
          "2.category",
        ],
      ]
    `);
    const future = parseInventory([{ category: 'laptop', quantity: 1, purchaseDate: '2030-01-01', source: { file: 'a.csv', line: 4 } }], { today: '2025-06-01' });
    expect(future.success).toBe(false);
    if (future.success) return;
    expect(future.issues[0]).toMatchObject({ code: 'purchase_date_in_future', position: { file: 'a.csv', line: 4, column: 'purchaseDate' } });
  });
});
