import { formatListNumber } from './number-formats';
import { walkWordXml } from './ooxml';

/** One level of a list definition (w:lvl). */
export interface ListLevel {
  start: number;
  numFmt: string;
  lvlText: string;
  /** w:lvlRestart: undefined restarts after any higher level; 0 never; n after level n (1-based) or higher. */
  restart?: number;
  /** w:isLgl: every number in the label shown as decimal. */
  legal: boolean;
  /** What follows the label: a tab (Word's default), a space or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
  /** The paragraph style this level is linked to (w:pStyle). */
  style?: string;
}

type Levels = Map<number, ListLevel>;

interface AbstractNum {
  levels: Levels;
  /** w:numStyleLink: the definition lives with the numbering style of this name. */
  numStyleLink?: string;
}

interface NumInstance {
  abstractNumId: string;
  /** w:lvlOverride/w:startOverride per level. */
  startOverrides: Map<number, number>;
  /** w:lvlOverride/w:lvl: a whole level replaced for this instance. */
  levelOverrides: Levels;
}

interface StyleInfo {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

export interface NumberingProperties {
  numId?: string;
  ilvl?: number;
}

function emptyLevel(): ListLevel {
  return { start: 1, numFmt: 'decimal', lvlText: '', legal: false, suffix: 'tab' };
}

/** Reads a w:lvl's children into `level`; shared by abstract definitions and instance overrides. */
function levelReader(): { open(name: string, val: string | undefined): void; level: ListLevel } {
  const level = emptyLevel();
  return {
    level,
    open(name, val) {
      if (name === 'start' && val !== undefined) level.start = Number(val) || 0;
      else if (name === 'numFmt' && val) level.numFmt = val;
      else if (name === 'lvlText') level.lvlText = val ?? '';
      else if (name === 'lvlRestart' && val !== undefined) level.restart = Number(val);
      else if (name === 'isLgl') level.legal = val !== '0' && val !== 'false';
      else if (name === 'suff' && (val === 'tab' || val === 'space' || val === 'nothing')) level.suffix = val;
      else if (name === 'pStyle' && val) level.style = val;
    },
  };
}

/** numbering.xml and styles.xml, read into what a paragraph's label depends on. */
export class NumberingDefinitions {
  readonly abstracts = new Map<string, AbstractNum>();
  readonly nums = new Map<string, NumInstance>();
  readonly styles = new Map<string, StyleInfo>();
  defaultParagraphStyle?: string;

  constructor(numberingXml: string | undefined, stylesXml: string | undefined) {
    if (numberingXml) this.readNumbering(numberingXml);
    if (stylesXml) this.readStyles(stylesXml);
  }

  private readNumbering(xml: string): void {
    let abstract: AbstractNum | undefined;
    let num: NumInstance | undefined;
    let overrideLevel: number | undefined;
    let reader: ReturnType<typeof levelReader> | undefined;
    let readerLevel = 0;
    walkWordXml(
      xml,
      {
        open: (name, attr) => {
          const val = attr('val');
          if (name === 'abstractNum') {
            abstract = { levels: new Map() };
            this.abstracts.set(attr('abstractNumId') ?? '', abstract);
          } else if (name === 'num') {
            num = { abstractNumId: '', startOverrides: new Map(), levelOverrides: new Map() };
            this.nums.set(attr('numId') ?? '', num);
          } else if (name === 'lvl') {
            reader = levelReader();
            readerLevel = Number(attr('ilvl') ?? overrideLevel ?? 0);
          } else if (reader) {
            reader.open(name, val);
          } else if (name === 'numStyleLink' && abstract && val) {
            abstract.numStyleLink = val;
          } else if (name === 'abstractNumId' && num && val !== undefined) {
            num.abstractNumId = val;
          } else if (name === 'lvlOverride' && num) {
            overrideLevel = Number(attr('ilvl') ?? 0);
          } else if (name === 'startOverride' && num && overrideLevel !== undefined && val !== undefined) {
            num.startOverrides.set(overrideLevel, Number(val) || 0);
          }
        },
        close: (name) => {
          if (name === 'lvl' && reader) {
            if (num && overrideLevel !== undefined) num.levelOverrides.set(readerLevel, reader.level);
            else abstract?.levels.set(readerLevel, reader.level);
            reader = undefined;
          } else if (name === 'abstractNum') abstract = undefined;
          else if (name === 'num') num = undefined;
          else if (name === 'lvlOverride') overrideLevel = undefined;
        },
      },
      'word/numbering.xml',
    );
  }

  private readStyles(xml: string): void {
    let style: StyleInfo | undefined;
    let depth = 0; // inside w:pPr of a style, outside any *Change history element
    let history = 0;
    walkWordXml(
      xml,
      {
        open: (name, attr) => {
          if (name === 'style') {
            style = {};
            const id = attr('styleId') ?? '';
            if (attr('type') === 'paragraph' || attr('type') === 'numbering' || !attr('type')) this.styles.set(id, style);
            if (attr('type') === 'paragraph' && (attr('default') === '1' || attr('default') === 'true')) this.defaultParagraphStyle = id;
          } else if (!style) return;
          else if (name.endsWith('Change')) history++;
          else if (history) return;
          else if (name === 'basedOn') style.basedOn = attr('val');
          else if (name === 'pPr') depth++;
          else if (depth && name === 'numId') style.numId = attr('val');
          else if (depth && name === 'ilvl') style.ilvl = Number(attr('val') ?? 0);
        },
        close: (name) => {
          if (name === 'style') style = undefined;
          else if (name.endsWith('Change') && history) history--;
          else if (name === 'pPr' && depth) depth--;
        },
      },
      'word/styles.xml',
    );
  }

  /** The numbering a paragraph style gives, following w:basedOn (a style's own numPr wins over its parent's). */
  numberingOfStyle(styleId: string | undefined): NumberingProperties {
    const seen = new Set<string>();
    let numId: string | undefined;
    let ilvl: number | undefined;
    for (let id = styleId ?? this.defaultParagraphStyle; id && !seen.has(id); id = this.styles.get(id)?.basedOn) {
      seen.add(id);
      const s = this.styles.get(id);
      if (!s) break;
      if (numId === undefined && s.numId !== undefined) numId = s.numId;
      if (ilvl === undefined && s.ilvl !== undefined) ilvl = s.ilvl;
    }
    return { numId, ilvl };
  }

  /** The abstract definition behind a w:num, following w:numStyleLink through a numbering style. */
  abstractOf(numId: string): AbstractNum | undefined {
    let abstract = this.abstracts.get(this.nums.get(numId)?.abstractNumId ?? '');
    for (let hops = 0; abstract?.numStyleLink && hops < 4; hops++) {
      const linkedNum = this.styles.get(abstract.numStyleLink)?.numId;
      const linked = linkedNum ? this.abstracts.get(this.nums.get(linkedNum)?.abstractNumId ?? '') : undefined;
      if (!linked) break;
      abstract = linked;
    }
    return abstract;
  }

  /** The level a style is linked to in a list definition (w:lvl/w:pStyle), when the style itself names no ilvl. */
  levelLinkedToStyle(numId: string, styleId: string | undefined): number | undefined {
    if (!styleId) return undefined;
    for (const [ilvl, level] of this.abstractOf(numId)?.levels ?? []) if (level.style === styleId) return ilvl;
    return undefined;
  }
}

/**
 * Counts as Word counts while the paragraphs go by. Counters belong to the abstract list definition, so two
 * w:num instances of one definition continue each other (a w:lvl override changes how a level looks, not where it
 * counts from); a w:startOverride restarts its level the first time its instance is used.
 */
export class ListCounter {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly overridesApplied = new Set<string>();

  constructor(private readonly defs: NumberingDefinitions) {}

  private level(numId: string, ilvl: number): ListLevel | undefined {
    return this.defs.nums.get(numId)?.levelOverrides.get(ilvl) ?? this.defs.abstractOf(numId)?.levels.get(ilvl);
  }

  /** The label Word shows before a paragraph of this list and level (suffix included), advancing the count. */
  next(numId: string, ilvl: number): string {
    const instance = this.defs.nums.get(numId);
    const abstract = this.defs.abstractOf(numId);
    if (!instance || !abstract || numId === '0') return '';
    const key = instance.abstractNumId;
    let counts = this.counters.get(key);
    if (!counts) this.counters.set(key, (counts = []));
    if (!this.overridesApplied.has(numId)) {
      this.overridesApplied.add(numId);
      for (const lvl of instance.startOverrides.keys()) counts[lvl] = undefined;
    }
    const level = this.level(numId, ilvl) ?? emptyLevel();
    const startOf = (lvl: number) => instance.startOverrides.get(lvl) ?? (this.level(numId, lvl) ?? emptyLevel()).start;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = this.level(numId, deeper)?.restart;
      if (restart === undefined || (restart > 0 && ilvl < restart)) counts[deeper] = undefined;
    }
    const label = level.lvlText.replace(/%([1-9])/g, (_, k: string) => {
      const lvl = Number(k) - 1;
      const other = this.level(numId, lvl) ?? emptyLevel();
      const value = counts![lvl] ?? startOf(lvl);
      return formatListNumber(value, level.legal && lvl !== ilvl ? 'decimal' : lvl === ilvl ? level.numFmt : other.numFmt);
    });
    if (level.numFmt === 'bullet') return bulletLabel(level.lvlText) + suffixText(level.suffix);
    return label + (label ? suffixText(level.suffix) : '');
  }
}

function suffixText(suffix: ListLevel['suffix']): string {
  return suffix === 'tab' ? '\t' : suffix === 'space' ? ' ' : '';
}

/** Bullets in symbol fonts use private-use code points; Word shows a bullet, and so do we. */
function bulletLabel(text: string): string {
  return [...text].map((c) => (/[\ue000-\uf8ff]/.test(c) ? '•' : c)).join('');
}
