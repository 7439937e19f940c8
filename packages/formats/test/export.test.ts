import { describe, expect, it } from 'vitest';
import { importInventoryFiles, neutralizeCell, rejectedRowsToCsv } from '../src/inventory';
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
