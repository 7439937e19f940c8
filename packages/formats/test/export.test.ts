import { describe, expect, it } from 'vitest';
import { importInventoryFiles, neutralizeCell, rejectedRowsCsvChunks, rejectedRowsToCsv } from '../src/inventory';
import { importFixtures } from './helpers';

describe('neutralizeCell', () => {
  it('prefixes cells that a spreadsheet would run as formulas', () => {
    expect(neutralizeCell('=1+1')).toBe("'=1+1");
    expect(neutralizeCell('+33 1 23')).toBe("'+33 1 23");
    expect(neutralizeCell('-4')).toBe("'-4");
    expect(neutralizeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeCell('\t=1')).toBe("'\t=1");
    expect(neutralizeCell('Latitude 5420')).toBe('Latitude 5420');
  });
});

describe('rejectedRowsToCsv', () => {
  it('writes the rejected rows with their original cells and an "erreur" column', async () => {
    const r = await importFixtures(['g4it-equipements.csv']);
    const csv = rejectedRowsToCsv(r);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('fichier;feuille;ligne;nomEquipementPhysique;modele;quantite;nomCourtDatacenter;dateAchat;dateRetrait;type;statut;paysDUtilisation;consoElecAnnuelle;utilisateur;nomSourceDonnee;nbJourUtiliseAn;erreur');
    expect(lines[1]).toBe(
      "g4it-equipements.csv;;8;lot-erreur;Latitude 3520;'-4;;2021-01-01;;Laptop;In use;France;;;Saisie;;« quantite » : La quantité « -4 » est négative. Correction : Indiquez un nombre entier positif d’équipements (par exemple 3).",
    );
    expect(lines).toHaveLength(3);
  });

  it('comes in pieces of about 64 KiB whose concatenation is the whole file, for files too long for one string', async () => {
    // 20,000 rejected rows (an unknown type each): about 2 MB of CSV.
    const lines = ['Type;Modèle;Quantité', ...Array.from({ length: 20_000 }, (_, i) => `Grille-pain;Modèle ${i};1`)];
    const r = await importInventoryFiles([{ name: 'parc.csv', bytes: new TextEncoder().encode(lines.join('\n')) }], { today: '2026-01-15' });
    expect(r.counts.rejected).toBe(20_000);
    const pieces = [...rejectedRowsCsvChunks(r)];
    expect(pieces.join('')).toBe(rejectedRowsToCsv(r));
    expect(pieces.length).toBeGreaterThan(20);
    // Every piece but the last ends a row and stays near 64 KiB (one row more at most).
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.endsWith('\r\n')).toBe(true);
      expect(piece.length).toBeGreaterThanOrEqual(1 << 16);
      expect(piece.length).toBeLessThan((1 << 16) + 1000);
    }
  });

  it('neutralises formula injection in every re-exported cell', async () => {
    const text = 'Type;Modèle;Quantité\n=HYPERLINK("http://x");@evil;-1;+cmd|calc\n';
    const r = await importInventoryFiles([{ name: 'inj.csv', bytes: new TextEncoder().encode(text) }], { today: '2026-01-15' });
    const csv = rejectedRowsToCsv(r, { bom: false });
    const row = csv.split('\r\n')[1] as string;
    expect(csv.split('\r\n')[0]).toBe('fichier;feuille;ligne;Type;Modèle;Quantité;#4;erreur');
    expect(row.startsWith('inj.csv;;2;"\'=HYPERLINK(""http://x"")";\'@evil;\'-1;\'+cmd|calc;')).toBe(true);
    for (const cell of row.split(';')) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('puts the rows of several tables under the union of their headers, in English on request', async () => {
    const r = await importFixtures(['xlsx-deux-feuilles.xlsx']);
    const csv = rejectedRowsToCsv(r, { lang: 'en', bom: false, delimiter: ',' });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe("file,sheet,line,Type,Fabricant,Modèle,Quantité,Date d'achat,Site,Désignation,Marque,Nombre,Poids (kg),Mise en service,error");
    expect(lines[1]).toBe('xlsx-deux-feuilles.xlsx,Postes,9,Portable,Lenovo,ThinkPad L14 Gen 2,0,2021-05-17,Annexe,,,,,,"""Quantité"": Quantity is zero. Fix: Give at least 1, or delete the row."');
  });
});
