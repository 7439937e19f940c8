import { describe, expect, it } from 'vitest';
import { demoProjectFile } from '../../src/demo';
import { checkStrategy } from '../../src/index';
import { demo, demoProjectJson } from './demo';

describe('the documents demo (Beau Pays with a strategy)', () => {
  it('is the built-in demo project, strategy included (the app and `reen strategy` use the same)', () => {
    expect(demoProjectJson()).toBe(demoProjectFile);
    expect(demo().strategy.measures.length).toBeGreaterThan(0);
  });

  it('answers every maturity question and carries what published strategies lead with', () => {
    const { strategy } = demo();
    expect(strategy.maturity).toHaveLength(33);
    expect([strategy.edito?.signatory, strategy.vision?.pillars.length, strategy.governance?.copil?.frequency, strategy.consultation.length, strategy.communication.length]).toEqual([
      'Claire Martin',
      3,
      'deux fois par an, en mars et en octobre',
      5,
      4,
    ]);
    expect(strategy.measures.every((m) => m.pilotService && m.start && m.end && m.budget.every((b) => b.year !== undefined))).toBe(true);
    expect(checkStrategy(strategy).map((i) => i.code)).toEqual([]);
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
