using System.Runtime.CompilerServices;
using FaqIndex.Analysis.Japanese.Dict;

namespace FaqIndex.Analysis.Japanese.Viterbi;

/// <summary>Segments one line of text with MeCab's lattice and cost model, so that normal mode reproduces `mecab`
/// with the same IPADIC token for token. One instance per tokenizer (not thread-safe); all buffers are reused.</summary>
/// <remarks>
/// MeCab details mirrored here on purpose, because they decide ties and unknown words:
/// characters of U+0020's categories are skipped before each word (never tokens); dictionary candidates are added
/// shortest surface first and, per surface, in CSV order; unknown words follow (char.def INVOKE/GROUP/LENGTH, a
/// group only when at most 24 further characters follow the first); each candidate list is then walked newest first
/// and prepended to the list of nodes ending at its end, and the best left node is the first with a strictly
/// smaller total. Characters outside the BMP count as one character of U+0000's category, as MeCab's UTF-8 decoder
/// maps them to 0; unpaired surrogates do the same. EOS attaches to the last position where any node ends.
/// <para>Search mode (Kuromoji's idea, our implementation): a second pass adds a length penalty to long candidates
/// (3000 per kanji beyond 2 for all-kanji words, 1700 per char beyond 7 otherwise), which favours the parts; a word
/// of the unpenalised path that the penalised path splits on its own boundaries is kept as a compound token
/// (increment 0, length = number of parts) right after its first part. Extended mode also splits unknown words into
/// single characters after the penalised pass.</para>
/// </remarks>
internal sealed class ViterbiSegmenter
{
    private const int MaxGroupingSize = 24;
    private const int KanjiPenaltyLength = 2;
    private const int KanjiPenalty = 3000;
    private const int OtherPenaltyLength = 7;
    private const int OtherPenalty = 1700;
    private const int RetainedNodes = 1 << 16;

    private readonly TokenInfoDictionary tokenInfo;
    private readonly UnknownDictionary unknown;
    private readonly ConnectionCosts costs;
    private readonly CharacterDefinition characters;
    private readonly UserDictionary? user;
    private readonly PrefixMatch[] matches = new PrefixMatch[256];
    private readonly MorphemeBuffer normalPath = new();
    private readonly MorphemeBuffer searchPath = new();
    private LatticeNode[] nodes = new LatticeNode[4096];
    private int nodeCount;
    private int[] endHeads = new int[1024];
    private int[] endingNodes = new int[64];
    private int[] endingRightIds = new int[64];
    private long[] endingCosts = new long[64];
    private readonly int[] bestStamps;
    private readonly int[] bestLefts;
    private readonly long[] bestCosts;
    private int connectStamp;
    private int runStart;
    private int runEnd;

    public ViterbiSegmenter(SystemDictionary dictionary, UserDictionary? userDictionary)
    {
        tokenInfo = dictionary.TokenInfo;
        unknown = dictionary.Unknown;
        costs = dictionary.Costs;
        characters = dictionary.Characters;
        user = userDictionary;
        // Per left id (of a right word); the user dictionary's id is within the matrix too.
        bestStamps = new int[costs.BackwardSize];
        bestLefts = new int[costs.BackwardSize];
        bestCosts = new long[costs.BackwardSize];
    }

    /// <summary>The dictionary behind <see cref="MorphemeSource.Known"/> word ids.</summary>
    public TokenInfoDictionary TokenInfo => tokenInfo;

    /// <summary>The dictionary behind <see cref="MorphemeSource.Unknown"/> word ids.</summary>
    public UnknownDictionary Unknown => unknown;

    /// <summary>The dictionary behind <see cref="MorphemeSource.User"/> word ids, if any.</summary>
    public UserDictionary? User => user;

    /// <summary>Replaces the contents of <paramref name="output"/> with the tokens of <paramref name="text"/>.</summary>
    public void Segment(ReadOnlySpan<char> text, JapaneseTokenizerMode mode, MorphemeBuffer output)
    {
        output.Clear();
        if (mode == JapaneseTokenizerMode.Normal)
        {
            BestPath(text, penalize: false, output);
            return;
        }
        normalPath.Clear();
        searchPath.Clear();
        BestPath(text, penalize: false, normalPath);
        BestPath(text, penalize: true, searchPath);
        if (mode == JapaneseTokenizerMode.Extended)
        {
            SplitUnknownWords(text, searchPath);
        }
        MergeCompounds(output);
    }

    private void MergeCompounds(MorphemeBuffer output)
    {
        var j = 0;
        for (var i = 0; i < searchPath.Count; i++)
        {
            ref var part = ref searchPath[i];
            output.Add(part);
            while (j < normalPath.Count && normalPath[j].Start < part.Start)
            {
                j++;
            }
            if (j >= normalPath.Count || normalPath[j].Start != part.Start || normalPath[j].Length <= part.Length)
            {
                continue;
            }
            var end = normalPath[j].Start + normalPath[j].Length;
            var k = i;
            while (k < searchPath.Count && searchPath[k].Start + searchPath[k].Length < end)
            {
                k++;
            }
            if (k < searchPath.Count && k > i && searchPath[k].Start + searchPath[k].Length == end)
            {
                var compound = normalPath[j];
                compound.PositionIncrement = 0;
                compound.PositionLength = k - i + 1;
                output.Add(compound);
            }
        }
    }

    private void SplitUnknownWords(ReadOnlySpan<char> text, MorphemeBuffer path)
    {
        var original = path.Count;
        for (var i = 0; i < original; i++)
        {
            var morpheme = path[i];
            if (morpheme.Source != MorphemeSource.Unknown)
            {
                path.Add(morpheme);
                continue;
            }
            var end = morpheme.Start + morpheme.Length;
            for (var p = morpheme.Start; p < end;)
            {
                CategoryChar(text, p, out var length);
                var unigram = morpheme;
                unigram.Start = p;
                unigram.Length = length;
                path.Add(unigram);
                p += length;
            }
        }
        path.RemoveFront(original);
    }

    /// <summary>Runs Viterbi over <paramref name="text"/> and appends the best path to <paramref name="output"/>.</summary>
    // Hot path: compiled fully optimised on first call (see docs/BENCHMARKS.md, the tokenize verb); tiering through
    // tier 0, OSR and an instrumented tier cost a short-lived tokenize process more than it gains.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BestPath(ReadOnlySpan<char> text, bool penalize, MorphemeBuffer output)
    {
        var n = text.Length;
        if (endHeads.Length < n + 1)
        {
            endHeads = new int[Math.Max(n + 1, endHeads.Length * 2)];
        }
        endHeads.AsSpan(0, n + 1).Fill(-1);
        nodeCount = 0;
        runStart = -1;
        runEnd = -1;

        // BOS: right id 0, cost 0.
        ref var bos = ref NewNode();
        bos = default;
        bos.Previous = -1;
        bos.NextEnding = -1;
        endHeads[0] = 0;

        for (var pos = 0; pos < n; pos++)
        {
            if (endHeads[pos] < 0)
            {
                continue;
            }
            var first = nodeCount;
            AddCandidates(text, pos, penalize);
            Connect(pos, first);
        }

        // EOS attaches to the last position where something ends (trailing spaces never become tokens).
        var last = n;
        while (endHeads[last] < 0)
        {
            last--;
        }
        var best = -1;
        var bestCost = long.MaxValue;
        var row = costs.Row(0);
        for (var left = endHeads[last]; left >= 0; left = nodes[left].NextEnding)
        {
            var cost = nodes[left].Cost + row[nodes[left].RightId];
            if (cost < bestCost)
            {
                bestCost = cost;
                best = left;
            }
        }

        var start = output.Count;
        for (var node = best; node > 0; node = nodes[node].Previous)
        {
            ref var chosen = ref nodes[node];
            if (chosen.Source == MorphemeSource.User && user is not null)
            {
                // A user entry expands into its segments, last first (the list is reversed below).
                var firstSegment = user.FirstSegment(chosen.WordId);
                var end = chosen.Start + chosen.Length;
                for (var s = firstSegment + user.SegmentCount(chosen.WordId) - 1; s >= firstSegment; s--)
                {
                    var length = user.SegmentLength(s);
                    end -= length;
                    output.Add(new Morpheme { Start = end, Length = length, WordId = s, Source = MorphemeSource.User, PositionIncrement = 1, PositionLength = 1 });
                }
                continue;
            }
            output.Add(new Morpheme
            {
                Start = chosen.Start,
                Length = chosen.Length,
                WordId = chosen.WordId,
                Source = chosen.Source,
                PositionIncrement = 1,
                PositionLength = 1,
            });
        }
        output.ReverseFrom(start);

        // One huge line must not pin a huge lattice to a pooled tokenizer for the rest of the process.
        if (nodes.Length > RetainedNodes)
        {
            nodes = new LatticeNode[RetainedNodes];
            endHeads = new int[1024];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Connect(int pos, int first)
    {
        // The nodes ending at pos, gathered once into flat arrays in list order: the inner loop below then reads two
        // sequential arrays instead of chasing links through the lattice (no node added here ends at pos).
        var count = 0;
        for (var left = endHeads[pos]; left >= 0; left = nodes[left].NextEnding)
        {
            if (count == endingNodes.Length)
            {
                Array.Resize(ref endingNodes, count * 2);
                Array.Resize(ref endingRightIds, count * 2);
                Array.Resize(ref endingCosts, count * 2);
            }
            ref var l = ref nodes[left];
            endingNodes[count] = left;
            endingRightIds[count] = l.RightId;
            endingCosts[count] = l.Cost;
            count++;
        }
        var rightIds = endingRightIds.AsSpan(0, count);
        var leftCosts = endingCosts.AsSpan(0, count);

        // The best left node depends only on the right node's left id: candidates of one position share few of them
        // (an unknown word's entries repeat for every length, a noun reading is a noun at every length), so each
        // distinct left id is searched once per position.
        if (++connectStamp == int.MaxValue)
        {
            Array.Clear(bestStamps);
            connectStamp = 1;
        }

        // MeCab prepends candidates to the begin list and walks it from the head: newest first.
        for (var index = nodeCount - 1; index >= first; index--)
        {
            ref var right = ref nodes[index];
            var leftId = right.LeftId;
            if (bestStamps[leftId] != connectStamp)
            {
                var row = costs.Row(leftId);
                var best = 0;
                var bestCost = long.MaxValue;
                for (var j = 0; j < leftCosts.Length; j++)
                {
                    // The word cost is the same for every left node: added once below, the first minimum is unchanged.
                    var cost = leftCosts[j] + row[rightIds[j]];
                    if (cost < bestCost)
                    {
                        bestCost = cost;
                        best = j;
                    }
                }
                bestStamps[leftId] = connectStamp;
                bestLefts[leftId] = endingNodes[best];
                bestCosts[leftId] = bestCost;
            }
            right.Cost = bestCosts[leftId] + right.WordCost;
            right.Previous = bestLefts[leftId];
            var end = right.Start + right.Length;
            right.NextEnding = endHeads[end];
            endHeads[end] = index;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddCandidates(ReadOnlySpan<char> text, int pos, bool penalize)
    {
        var n = text.Length;

        // Skip MeCab's "space" characters; chained like MeCab's seekToOtherType.
        var start = pos;
        var spaceType = characters.SpaceType;
        while (start < n)
        {
            var type = characters.TypeOf(CategoryChar(text, start, out var skip));
            if ((spaceType & type) == 0)
            {
                break;
            }
            spaceType = type;
            start += skip;
        }
        if (start >= n)
        {
            return;
        }

        var firstChar = CategoryChar(text, start, out var firstLength);
        var category = characters.DefaultCategoryOf(firstChar);
        var categoryType = characters.TypeOf(firstChar);
        var before = nodeCount;

        var userMatched = false;
        if (user is not null)
        {
            var maxLength = Math.Min(user.MaxLength, n - start);
            for (var length = 1; length <= maxLength; length++)
            {
                if (user.TryFind(text.Slice(start, length), out var entry))
                {
                    AddNode(start, length, UserDictionary.ConnectionId, UserDictionary.ConnectionId, UserDictionary.WordCost, entry, MorphemeSource.User);
                    userMatched = true;
                }
            }
        }
        if (!userMatched)
        {
            var found = tokenInfo.CommonPrefixSearch(text[start..], matches);
            for (var m = 0; m < found; m++)
            {
                var match = matches[m];
                var penalty = penalize ? Penalty(text, start, match.Length) : 0;
                for (var e = 0; e < match.EntryCount; e++)
                {
                    var id = match.FirstEntry + e;
                    AddNode(start, match.Length, tokenInfo.GetLeftId(id), tokenInfo.GetRightId(id), tokenInfo.GetWordCost(id) + penalty, id, MorphemeSource.Known);
                }
            }
        }
        if (nodeCount > before && !characters.Invoke(category))
        {
            return;
        }

        var afterFirst = start + firstLength;
        var groupEnd = -1;
        if (characters.Group(category))
        {
            int p;
            int following;
            if (start >= runStart && afterFirst < runEnd)
            {
                // Whether a character continues the run depends only on its left neighbour, so a run found from an
                // earlier start ends at the same place; this keeps long runs (100,000 katakana) linear.
                p = runEnd;
                following = CountCharacters(text, afterFirst, p, MaxGroupingSize + 1);
            }
            else
            {
                p = afterFirst;
                var chained = categoryType;
                following = 0;
                while (p < n)
                {
                    var type = characters.TypeOf(CategoryChar(text, p, out var length));
                    if ((chained & type) == 0)
                    {
                        break;
                    }
                    chained = type;
                    p += length;
                    following++;
                }
                runStart = start;
                runEnd = p;
            }
            if (following <= MaxGroupingSize)
            {
                AddUnknown(text, start, p - start, category, penalize);
            }
            groupEnd = p;
        }

        var q = afterFirst;
        var maxChars = characters.Length(category);
        for (var i = 1; i <= maxChars; i++)
        {
            if (q == groupEnd)
            {
                continue;
            }
            AddUnknown(text, start, q - start, category, penalize);
            if (q >= n || (categoryType & characters.TypeOf(CategoryChar(text, q, out var length))) == 0)
            {
                break;
            }
            q += length;
        }

        if (nodeCount == before)
        {
            AddUnknown(text, start, firstLength, category, penalize);
        }
    }

    private static int CountCharacters(ReadOnlySpan<char> text, int from, int to, int limit)
    {
        var count = 0;
        for (var p = from; p < to && count < limit; count++)
        {
            CategoryChar(text, p, out var length);
            p += length;
        }
        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddUnknown(ReadOnlySpan<char> text, int start, int length, int category, bool penalize)
    {
        var penalty = penalize ? Penalty(text, start, length) : 0;
        var first = unknown.FirstEntry(category);
        var count = unknown.EntryCount(category);
        for (var e = 0; e < count; e++)
        {
            var id = first + e;
            AddNode(start, length, unknown.GetLeftId(id), unknown.GetRightId(id), unknown.GetWordCost(id) + penalty, id, MorphemeSource.Unknown);
        }
    }

    private void AddNode(int start, int length, int leftId, int rightId, int wordCost, int wordId, MorphemeSource source)
    {
        ref var node = ref NewNode();
        node.Start = start;
        node.Length = length;
        node.LeftId = leftId;
        node.RightId = rightId;
        node.WordCost = wordCost;
        node.WordId = wordId;
        node.Source = source;
        node.Cost = 0;
        node.Previous = -1;
        node.NextEnding = -1;
    }

    private ref LatticeNode NewNode()
    {
        if (nodeCount == nodes.Length)
        {
            Array.Resize(ref nodes, nodes.Length * 2);
        }
        return ref nodes[nodeCount++];
    }

    private int Penalty(ReadOnlySpan<char> text, int start, int length)
    {
        if (length <= KanjiPenaltyLength)
        {
            return 0;
        }
        var kanji = characters.KanjiMask;
        var allKanji = true;
        for (var i = start; i < start + length; i++)
        {
            if ((characters.TypeOf(text[i]) & kanji) == 0)
            {
                allKanji = false;
                break;
            }
        }
        if (allKanji)
        {
            return (length - KanjiPenaltyLength) * KanjiPenalty;
        }
        return length > OtherPenaltyLength ? (length - OtherPenaltyLength) * OtherPenalty : 0;
    }

    /// <summary>The code unit whose char.def entry describes the character at <paramref name="index"/>: itself in
    /// the BMP, U+0000 for a surrogate pair (MeCab's UCS-2 view) or an unpaired surrogate.</summary>
    internal static char CategoryChar(ReadOnlySpan<char> text, int index, out int length)
    {
        var c = text[index];
        if (!char.IsSurrogate(c))
        {
            length = 1;
            return c;
        }
        length = char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        return '\0';
    }
}
