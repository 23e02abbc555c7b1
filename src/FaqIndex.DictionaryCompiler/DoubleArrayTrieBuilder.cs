namespace FaqIndex.DictionaryCompiler;

/// <summary>Builds a double-array trie over UTF-16 code units. Characters are renumbered by frequency (code 0 is
/// the end-of-key label) so the arrays stay dense; a key's terminal slot stores -(keyIndex + 1) in base.</summary>
internal sealed class DoubleArrayTrieBuilder
{
    private int[] bases = new int[1 << 16];
    private int[] checks = new int[1 << 16];
    private bool[] usedBases = new bool[1 << 16];
    private readonly ushort[] codes = new ushort[char.MaxValue + 1];
    private int size;
    private int nextCheckPos;
    private string[] keys = [];

    public int[] Base => bases[..size];
    public int[] Check => checks[..size];
    public ushort[] CharCodes => codes;

    /// <summary>Builds the trie for distinct keys sorted in ordinal order; key i gets value i.</summary>
    public void Build(string[] sortedKeys)
    {
        keys = sortedKeys;
        AssignCodes();
        Array.Fill(checks, -1);
        checks[0] = -2; // the root slot is taken and belongs to no parent
        size = 1;
        Insert(0, 0, keys.Length, 0);
    }

    private void AssignCodes()
    {
        var counts = new long[char.MaxValue + 1];
        foreach (var key in keys)
        {
            foreach (var c in key)
            {
                counts[c]++;
            }
        }
        var order = Enumerable.Range(0, counts.Length).Where(c => counts[c] > 0).OrderByDescending(c => counts[c]).ThenBy(c => c).ToArray();
        for (var i = 0; i < order.Length; i++)
        {
            codes[order[i]] = checked((ushort)(i + 1));
        }
    }

    private void Insert(int state, int lo, int hi, int depth)
    {
        // Children of this state: one label per distinct character at `depth`, label 0 for a key ending here.
        var labels = new List<(int Label, int Lo, int Hi)>();
        var i = lo;
        if (keys[i].Length == depth)
        {
            labels.Add((0, i, i + 1));
            i++;
        }
        while (i < hi)
        {
            var c = keys[i][depth];
            var j = i + 1;
            while (j < hi && keys[j][depth] == c)
            {
                j++;
            }
            labels.Add((codes[c], i, j));
            i = j;
        }

        var b = FindBase(labels);
        bases[state] = b;
        usedBases[b] = true;
        foreach (var (label, _, _) in labels)
        {
            checks[b + label] = state;
            size = Math.Max(size, b + label + 1);
        }
        foreach (var (label, childLo, childHi) in labels)
        {
            if (label == 0)
            {
                bases[b] = -(childLo + 1);
            }
            else
            {
                Insert(b + label, childLo, childHi, depth + 1);
            }
        }
    }

    private int FindBase(List<(int Label, int Lo, int Hi)> labels)
    {
        int min = int.MaxValue, max = 0;
        foreach (var (label, _, _) in labels)
        {
            min = Math.Min(min, label);
            max = Math.Max(max, label);
        }
        var pos = Math.Max(min + 1, nextCheckPos) - 1;
        var occupied = 0;
        var first = true;
        var start = pos;
        while (true)
        {
            pos++;
            EnsureCapacity(pos + 1);
            if (checks[pos] != -1)
            {
                occupied++;
                continue;
            }
            if (first)
            {
                nextCheckPos = pos;
                start = pos;
                first = false;
            }
            var b = pos - min;
            EnsureCapacity(b + max + 1);
            if (b < 1 || usedBases[b])
            {
                continue;
            }
            var fits = true;
            foreach (var (label, _, _) in labels)
            {
                if (checks[b + label] != -1)
                {
                    fits = false;
                    break;
                }
            }
            if (!fits)
            {
                continue;
            }
            // Darts' heuristic: once the scanned region is nearly full, start later searches past it.
            if (occupied >= 0.95 * (pos - start + 1))
            {
                nextCheckPos = pos;
            }
            return b;
        }
    }

    private void EnsureCapacity(int needed)
    {
        if (needed <= checks.Length)
        {
            return;
        }
        var length = Math.Max(needed, checks.Length * 2);
        var oldLength = checks.Length;
        Array.Resize(ref bases, length);
        Array.Resize(ref checks, length);
        Array.Resize(ref usedBases, length);
        Array.Fill(checks, -1, oldLength, length - oldLength);
    }
}
