using FaqIndex.Analysis.Japanese.TokenAttributes;

namespace FaqIndex.Analysis.Japanese.Dict;

/// <summary>Base of the compiled word dictionaries (token info, unknown words): per entry the connection ids, the
/// word cost and the IPADIC features, read lazily by id for the morpheme attributes.</summary>
internal abstract class BinaryDictionary : IMorphemeFeatures
{
    private const byte BaseIsSurface = 1;

    private readonly DictionaryTable<short> leftIds;
    private readonly DictionaryTable<short> rightIds;
    private readonly DictionaryTable<short> costs;
    private readonly DictionaryTable<ushort> posIds;
    private readonly DictionaryTable<byte> flags;
    private readonly DictionaryTable<int> tailOffsets;
    private readonly DictionaryTable<char> tails;
    private readonly string[] posFeatures;
    private readonly string?[] partsOfSpeech;
    private readonly string?[] inflectionTypes;
    private readonly string?[] inflectionForms;

    protected BinaryDictionary(DictionaryFileReader reader)
    {
        leftIds = reader.ReadArray<short>();
        rightIds = reader.ReadArray<short>();
        costs = reader.ReadArray<short>();
        posIds = reader.ReadArray<ushort>();
        flags = reader.ReadArray<byte>();
        tailOffsets = reader.ReadArray<int>();
        tails = reader.ReadArray<char>();
        posFeatures = reader.ReadStrings();
        var count = leftIds.Length;
        if (rightIds.Length != count || costs.Length != count || posIds.Length != count || flags.Length != count
            || tailOffsets.Length != count + 1 || tailOffsets.Last > tails.Length)
        {
            throw reader.Error("entry tables disagree in length");
        }

        // The POS features are few (hundreds): derive each attribute string once.
        partsOfSpeech = new string?[posFeatures.Length];
        inflectionTypes = new string?[posFeatures.Length];
        inflectionForms = new string?[posFeatures.Length];
        for (var i = 0; i < posFeatures.Length; i++)
        {
            var fields = posFeatures[i].Split(',');
            var levels = Math.Min(4, fields.Length);
            while (levels > 0 && fields[levels - 1] == "*")
            {
                levels--;
            }
            partsOfSpeech[i] = levels == 0 ? null : string.Join('-', fields, 0, levels);
            inflectionTypes[i] = fields.Length > 4 && fields[4] != "*" ? fields[4] : null;
            inflectionForms[i] = fields.Length > 5 && fields[5] != "*" ? fields[5] : null;
        }
        // Vectorised: one pass over the table instead of a check per lookup.
        if (posFeatures.Length > ushort.MaxValue || posIds.Span.IndexOfAnyInRange((ushort)posFeatures.Length, ushort.MaxValue) >= 0)
        {
            throw reader.Error("part-of-speech index out of range");
        }
    }

    /// <summary>Number of entries.</summary>
    public int Count => leftIds.Length;

    public int GetLeftId(int id) => leftIds[id];

    public int GetRightId(int id) => rightIds[id];

    public int GetWordCost(int id) => costs[id];

    /// <summary>The whole MeCab feature string length, to size output buffers.</summary>
    public int GetFeatureLength(int id)
    {
        var tail = tailOffsets[id + 1] - tailOffsets[id];
        return posFeatures[posIds[id]].Length + (tail > 0 ? tail + 1 : 0);
    }

    /// <summary>Writes the MeCab feature string (all CSV fields after the cost) to <paramref name="writer"/>.</summary>
    public void WriteFeature(int id, TextWriter writer)
    {
        writer.Write(posFeatures[posIds[id]]);
        var start = tailOffsets[id];
        var length = tailOffsets[id + 1] - start;
        if (length > 0)
        {
            writer.Write(',');
            writer.Write(tails.Slice(start, length));
        }
    }

    /// <summary>The MeCab feature string (allocates; for tests and tools).</summary>
    public string GetFeature(int id)
    {
        using var writer = new StringWriter();
        WriteFeature(id, writer);
        return writer.ToString();
    }

    /// <inheritdoc />
    public string? GetBaseForm(int id) => (flags[id] & BaseIsSurface) != 0 ? null : TailField(id, 0);

    /// <inheritdoc />
    public string? GetPartOfSpeech(int id) => partsOfSpeech[posIds[id]];

    /// <inheritdoc />
    public string? GetReading(int id) => TailField(id, 1);

    /// <inheritdoc />
    public string? GetPronunciation(int id) => TailField(id, 2);

    /// <inheritdoc />
    public string? GetInflectionType(int id) => inflectionTypes[posIds[id]];

    /// <inheritdoc />
    public string? GetInflectionForm(int id) => inflectionForms[posIds[id]];

    private string? TailField(int id, int field)
    {
        var tail = tails.Slice(tailOffsets[id], tailOffsets[id + 1] - tailOffsets[id]);
        for (var i = 0; i < field; i++)
        {
            var comma = tail.IndexOf(',');
            if (comma < 0)
            {
                return null;
            }
            tail = tail[(comma + 1)..];
        }
        var end = tail.IndexOf(',');
        var value = end < 0 ? tail : tail[..end];
        return value.Length == 0 || value is "*" ? null : new string(value);
    }
}
