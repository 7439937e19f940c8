import { describe, expect, it } from 'vitest';
import { demoProjectFile } from '../../src/demo';
import { checkStrategy } from '../../src/index';
import { demo, demoProjectJson } from './demo';

describe('the documents demo (Beau Pays with a strategy)', () => {
  it('keeps the built-in demo project unchanged, apart from the strategy and the update time', () => {
    const { strategy, updatedAt, ...rest } = demoProjectJson() as Record<string, unknown>;
    expect(strategy).toBeDefined();
    expect(updatedAt).toBe('2026-11-25T09:00:00.000Z');
    const { updatedAt: _original, ...builtIn } = demoProjectFile as unknown as Record<string, unknown>;
    expect(rest).toEqual(builtIn);
  });

  it('has a strategy with no blocking item left (art. D. 2311-15-1 CGCT)', () => {
    const d = demo();
    expect(checkStrategy(d.strategy).filter((item) => item.severity === 'blocking')).toEqual([]);
    expect(d.organisation.name).toBe('Communauté d’agglomération de Beau Pays');
    expect(d.strategy.legal.entityKind).toBe('epci');
  });

  it('counts the in-service school devices of the inventory in the bilan des usages', () => {
    // 120 laptops + 80 desktops + 90 monitors + 180 tablets + 45 projectors + 30 interactive
    // displays + 20 MFPs + 30 Wi-Fi access points (the 10 desktops in reuse are left out).
    expect(demo().strategy.bilan.usages?.schoolEquipment).toEqual({ schools: 18, devices: 595 });
  });
});
