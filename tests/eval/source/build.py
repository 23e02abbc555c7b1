#!/usr/bin/env python3
"""Builds tests/eval/tuning.tsv and tests/eval/heldout.tsv from the hand-written rows in written-*.txt.

Run once (the split is fixed by the seed): python3 tests/eval/source/build.py
Only the mechanical kinds are generated here: romaji (from the hand-written kana-only rows, in three spellings) and
half-width katakana (from hand-written colloquial and paraphrase rows that contain katakana). Every other row is
written by hand. Derived rows stay in the same half as the row they come from.
"""
import glob
import os
import random

SEED = 20261202
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
KINDS = {'p': 'paraphrase', 'c': 'colloquial', 'd': 'dialect', 'k': 'kana', 't': 'typo', 'l': 'long',
         'n': 'negation', 'h': 'hr', 'o': 'near-oos', 'f': 'far-oos'}

SMALL = {'ゃ': 'ya', 'ゅ': 'yu', 'ょ': 'yo'}
BASE = dict(zip(
    'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをがぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽぁぃぅぇぉ',
    ['a', 'i', 'u', 'e', 'o', 'ka', 'ki', 'ku', 'ke', 'ko', 'sa', 'shi', 'su', 'se', 'so', 'ta', 'chi', 'tsu', 'te', 'to',
     'na', 'ni', 'nu', 'ne', 'no', 'ha', 'hi', 'fu', 'he', 'ho', 'ma', 'mi', 'mu', 'me', 'mo', 'ya', 'yu', 'yo',
     'ra', 'ri', 'ru', 're', 'ro', 'wa', 'wo', 'ga', 'gi', 'gu', 'ge', 'go', 'za', 'ji', 'zu', 'ze', 'zo',
     'da', 'ji', 'zu', 'de', 'do', 'ba', 'bi', 'bu', 'be', 'bo', 'pa', 'pi', 'pu', 'pe', 'po', 'a', 'i', 'u', 'e', 'o']))
KUNREI = {'shi': 'si', 'chi': 'ti', 'tsu': 'tu', 'fu': 'hu', 'ji': 'zi', 'wo': 'o'}


def romaji(text, style):
    """style: 'ime' (shi, nn, long vowels as typed), 'hepburn' (long vowels dropped), 'kunrei' (si, tu, syo)."""
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        nxt = text[i + 1] if i + 1 < len(text) else ''
        if ch == 'っ' and nxt in BASE:
            syl = syllable(text, i + 1, style)[0]
            out.append(syl[0])
            i += 1
            continue
        if ch == 'ん':
            out.append('nn' if style == 'ime' and (nxt == '' or nxt in 'あいうえおやゆよな' or nxt == ' ') else 'n')
            i += 1
            continue
        if ch == 'ー':
            out.append('-' if style == 'ime' else '')
            i += 1
            continue
        if ch in BASE:
            syl, used = syllable(text, i, style)
            # Hepburn without macrons: おう/うう/おお after an o/u sound collapse into one vowel.
            if style == 'hepburn' and i + used < len(text) and text[i + used] in 'うお' and syl[-1] in 'ou' and not (text[i + used] == 'お' and syl[-1] == 'u'):
                out.append(syl)
                i += used + 1
                continue
            out.append(syl)
            i += used
            continue
        out.append(' ' if ch in ' \u3000' else ch)
        i += 1
    return ''.join(out)


def syllable(text, i, style):
    ch = text[i]
    syl = BASE[ch]
    if style == 'kunrei':
        syl = KUNREI.get(syl, syl)
    nxt = text[i + 1] if i + 1 < len(text) else ''
    if nxt in SMALL:
        stem = syl[:-1]
        if style != 'kunrei' and stem in ('sh', 'ch', 'j'):
            return stem + SMALL[nxt][1:], 2
        if style == 'kunrei' and stem in ('s', 't', 'z'):
            return stem + SMALL[nxt], 2
        return stem + SMALL[nxt], 2
    return syl, 1


FULL_KATA = 'ァアィイゥウェエォオカキクケコサシスセソタチッツテトナニヌネノハヒフヘホマミムメモャヤュユョヨラリルレロワヲンー'
HALF_KATA = 'ｧｱｨｲｩｳｪｴｫｵｶｷｸｹｺｻｼｽｾｿﾀﾁｯﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓｬﾔｭﾕｮﾖﾗﾘﾙﾚﾛﾜｦﾝｰ'
VOICED = dict(zip('ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ', 'カキクケコサシスセソタチツテトハヒフヘホウ'))
SEMI = dict(zip('パピプペポ', 'ハヒフヘホ'))


def halfwidth(text):
    out = []
    for ch in text:
        if ch in VOICED:
            out.append(HALF_KATA[FULL_KATA.index(VOICED[ch])] + 'ﾞ')
        elif ch in SEMI:
            out.append(HALF_KATA[FULL_KATA.index(SEMI[ch])] + 'ﾟ')
        elif ch in FULL_KATA:
            out.append(HALF_KATA[FULL_KATA.index(ch)])
        else:
            out.append(ch)
    return ''.join(out)


def is_kana_only(text):
    return all('ぁ' <= ch <= 'ゖ' or ch in 'ー 　' for ch in text)


def has_katakana(text):
    return any(ch in FULL_KATA or ch in VOICED or ch in SEMI for ch in text)


def read_written():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, 'written-*.txt'))):
        entry, all_hr = None, False
        for number, line in enumerate(open(path, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            if line.startswith('@'):
                parts = line[1:].split()
                entry, all_hr = parts[0], len(parts) > 1 and parts[1] == 'hr'
                continue
            head, question = line.split(' ', 1)
            code, _, expected = head.partition('=')
            expected = expected or entry
            kind = KINDS[code]
            if (expected == '-') != (kind in ('near-oos', 'far-oos')):
                raise SystemExit(f'{path}:{number}: out-of-scope kinds go under @-, and only they')
            audience = 'hr' if all_hr or kind == 'hr' else 'member'
            rows.append({'question': question.strip(), 'expected': expected, 'audience': audience, 'kind': kind})
    return rows


def main():
    rows = read_written()
    units = []
    styles = ['ime', 'hepburn', 'kunrei']
    r_index = h_index = 0
    for row in rows:
        unit = [row]
        if is_kana_only(row['question']):
            unit.append(dict(row, question=romaji(row['question'], styles[r_index % 3]), kind='romaji'))
            r_index += 1
        elif row['kind'] in ('colloquial', 'paraphrase') and has_katakana(row['question']):
            if h_index % 2 == 0:
                unit.append(dict(row, question=halfwidth(row['question']), kind='halfwidth'))
            h_index += 1
        units.append(unit)
    seen = set()
    for unit in units:
        for row in unit:
            key = (row['question'], row['audience'])
            if key in seen:
                raise SystemExit(f'duplicate question: {row["question"]}')
            seen.add(key)

    rng = random.Random(SEED)
    strata = {}
    for unit in units:
        strata.setdefault((unit[0]['expected'].split('|')[0], unit[0]['kind']), []).append(unit)
    halves = {'tuning': [], 'heldout': []}
    for key in sorted(strata):
        group = strata[key]
        rng.shuffle(group)
        first = rng.choice(['tuning', 'heldout'])
        second = 'heldout' if first == 'tuning' else 'tuning'
        for i, unit in enumerate(group):
            halves[first if i % 2 == 0 else second].extend(unit)
    for name, half in halves.items():
        rng.shuffle(half)
        with open(os.path.join(EVAL, f'{name}.tsv'), 'w', encoding='utf-8') as f:
            f.write('question\texpected\taudience\tnote\n')
            for row in half:
                f.write(f"{row['question']}\t{row['expected']}\t{row['audience']}\t{row['kind']}\n")
    total = sum(len(h) for h in halves.values())
    print(f'{total} rows: tuning {len(halves["tuning"])}, held-out {len(halves["heldout"])}')
    counts = {}
    for half in halves.values():
        for row in half:
            counts[row['kind']] = counts.get(row['kind'], 0) + 1
    print(' '.join(f'{k} {v}' for k, v in sorted(counts.items())))


if __name__ == '__main__':
    main()
