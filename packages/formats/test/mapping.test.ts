import { describe, expect, it } from 'vitest';
import { buildMapping, detectProfile, importInventoryFiles, mappingToPreset, parseMappingPreset, parseMappingSpec } from '../src/inventory';

describe('detectProfile', () => {
  it('recognises each built-in profile from its headers, in French and English', () => {
    expect(detectProfile(['Nom', 'Entité', 'Statut', 'Fabricant', 'Numéro de série', 'Type', 'Modèle', "Système d'exploitation - Nom", 'Lieu']).id).toBe('glpi-computers');
    expect(detectProfile(['Name', 'Entity', 'Status', 'Manufacturer', 'Serial number', 'Type', 'Model', 'Location', 'Last update', 'Size']).id).toBe('glpi-monitors');
    expect(detectProfile(['Nom', 'Entité', 'Statut', 'Fabricant', 'Type', 'Modèle', 'Numéro de série', 'Compteur de pages initial']).id).toBe('glpi-printers');
    expect(detectProfile(['Nom', 'Entité', 'Statut', 'Fabricant', 'Type', 'Modèle', 'Numéro de série', 'Nombre de lignes']).id).toBe('glpi-phones');
    expect(detectProfile(['Name', 'Entity', 'Status', 'Manufacturer', 'Type', 'Model', 'Serial number', 'Firmware', 'Memory (MiB)']).id).toBe('glpi-network');
    expect(detectProfile(['NAME', 'SMANUFACTURER', 'SMODEL', 'SSN', 'TYPE', 'OSNAME']).id).toBe('ocs');
    expect(detectProfile(['nomEquipementPhysique', 'modele', 'quantite', 'nomCourtDatacenter', 'dateAchat', 'dateRetrait', 'type', 'statut', 'paysDUtilisation', 'consoElecAnnuelle']).id).toBe('g4it');
    expect(detectProfile(['Modele', 'Fabricant', 'Type', 'année']).id).toBe('ecodiag');
    expect(detectProfile(['Catégorie', 'Type', 'Fabricant', 'Modèle', 'Quantité', "Date d'achat", "Année d'achat", 'Durée de vie (ans)', 'Statut', 'Reconditionné', 'Périmètre']).id).toBe('canonical');
    expect(detectProfile(['Famille', 'Marque', 'Qté']).id).toBe('generic');
  });
});

describe('buildMapping', () => {
  it('maps header synonyms case- and accent-insensitively, with units and confidences', () => {
    const headers = ['FAMILLE', 'marque', 'Référence', 'Qté', 'Mise en service', 'Etat', 'Durée de vie (mois)', 'Conso (Wh/an)', 'Puissance (W)', 'Lieu', 'Perimetre', 'Commentaire'];
    const { mapping } = buildMapping(headers, detectProfile(headers));
    expect(mapping.map((c) => `${c.header}=${c.field}@${c.confidence}${c.factor ? `×${c.factor}` : ''}`)).toEqual([
      'FAMILLE=type@0.9',
      'marque=manufacturer@0.9',
      'Référence=model@0.9',
      'Qté=quantity@0.9',
      'Mise en service=purchaseDate@0.9',
      'Etat=status@0.9',
      'Durée de vie (mois)=lifetimeYears@0.9×1/12',
      'Conso (Wh/an)=energyKwhPerYear@0.9×1/1000',
      'Puissance (W)=powerW@0.9',
      'Lieu=site@0.9',
      'Perimetre=perimeter@0.9',
      'Commentaire=null@0',
    ]);
  });

  it('maps a column from its unit alone, with a lower confidence', () => {
    const { mapping } = buildMapping(['Type', 'Relevé annuel (kWh/an)'], detectProfile(['Type', 'Relevé annuel (kWh/an)']));
    expect(mapping[1]).toMatchObject({ field: 'energyKwhPerYear', confidence: 0.6, source: 'unit' });
  });

  it('applies overrides by header, column number and letter', () => {
    const headers = ['Type', 'Nb', 'Bâtiment', 'Divers'];
    const { mapping, issues } = buildMapping(headers, detectProfile(headers), { '#2': 'quantity', '@C': 'site', Divers: null, Absente: 'model' });
    expect(mapping.map((c) => `${c.field}:${c.source}`)).toEqual(['type:synonym', 'quantity:override', 'site:override', 'null:override']);
    expect(issues.map((i) => i.code)).toEqual(['mapping_column_not_found']);
  });
});

describe('parseMappingSpec', () => {
  it('parses --map strings, one or several per string', () => {
    expect(parseMappingSpec(['Quantité=quantity', 'Lieu=site', 'Commentaire=ignore'])).toEqual({ success: true, data: { Quantité: 'quantity', Lieu: 'site', Commentaire: null }, issues: [] });
    expect(parseMappingSpec('Qté=quantity,Famille=type')).toEqual({ success: true, data: { Qté: 'quantity', Famille: 'type' }, issues: [] });
    expect(parseMappingSpec('Prix\\, TTC=ignore')).toEqual({ success: true, data: { 'Prix, TTC': null }, issues: [] });
    expect(parseMappingSpec('a\\=b=model')).toEqual({ success: true, data: { 'a=b': 'model' }, issues: [] });
    expect(parseMappingSpec('Marque=Fabricant')).toEqual({ success: true, data: { Marque: 'manufacturer' }, issues: [] });
  });

  it('reports malformed entries and unknown fields as issues', () => {
    expect(parseMappingSpec('Quantité')).toMatchObject({ success: false, issues: [{ code: 'mapping_spec_invalid', params: { entry: 'Quantité' } }] });
    expect(parseMappingSpec('Quantité=combien')).toMatchObject({ success: false, issues: [{ code: 'mapping_unknown_field', params: { column: 'Quantité', field: 'combien' } }] });
  });
});

describe('mapping presets', () => {
  it('round-trips a mapping through a JSON preset and re-applies it', async () => {
    const text = 'Famille;Nb;Bâtiment\nPortable;3;Mairie\n';
    const bytes = new TextEncoder().encode(text);
    const first = await importInventoryFiles([{ name: 'a.csv', bytes }], { today: '2026-01-15' });
    const preset = mappingToPreset(first.tables[0]!.mapping.map((c) => (c.header === 'Bâtiment' ? { ...c, field: 'site' as const } : c)), { name: 'Parc mairie' });
    const parsed = parseMappingPreset(JSON.parse(JSON.stringify(preset)));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const second = await importInventoryFiles([{ name: 'a.csv', bytes }], { today: '2026-01-15', mapping: parsed.data });
    expect(second.items[0]).toMatchObject({ category: 'laptop', quantity: 3, site: 'Mairie' });
    expect(parseMappingPreset({ kind: 'reen-mapping-preset', version: 1, columns: { A: 'nope' } }).success).toBe(false);
  });
});

describe('classifications chosen by the user', () => {
  it('classifies every row with the same labels once the user picked a category', async () => {
    const bytes = new TextEncoder().encode('Type;Modèle;Quantité\nBoîtier;XZ-1;2\nBoîtier;XZ-1;5\n');
    const first = await importInventoryFiles([{ name: 'u.csv', bytes }], { today: '2026-01-15' });
    expect(first.counts).toMatchObject({ accepted: 0, rejected: 2, unclassified: 2 });
    const key = first.unclassified[0]!.key;
    const second = await importInventoryFiles([{ name: 'u.csv', bytes }], { today: '2026-01-15', classifications: { [key]: 'internet-box' } });
    expect(second.items.map((i) => `${i.category} ${i.quantity}`)).toEqual(['internet-box 2', 'internet-box 5']);
    expect(second.classifications[0]).toMatchObject({ category: 'internet-box', rule: 'user', rows: 2, devices: 7 });
  });
});

describe('units in headers', () => {
  it('converts months to years and Wh to kWh exactly, and power × hours × days to kWh', async () => {
    const text = 'Type;Quantité;Durée de vie (mois);Conso (Wh/an)\nPortable;1;60;24500\n';
    const r = await importInventoryFiles([{ name: 'u.csv', bytes: new TextEncoder().encode(text) }], { today: '2026-01-15' });
    expect(r.items[0]?.lifetimeYears?.toString()).toBe('5');
    expect(String((r.items[0]?.usage as { energyKwhPerYear: unknown }).energyKwhPerYear)).toBe('24.5');
    const p = 'Type;Quantité;Puissance (W);Heures par jour;Jours par an\nÉcran;2;18,5;8;220\n';
    const q = await importInventoryFiles([{ name: 'p.csv', bytes: new TextEncoder().encode(p) }], { today: '2026-01-15' });
    // 18.5 W × 8 h × 220 d / 1000 = 32.56 kWh
    expect(String((q.items[0]?.usage as { energyKwhPerYear: unknown }).energyKwhPerYear)).toBe('32.56');
  });
});
