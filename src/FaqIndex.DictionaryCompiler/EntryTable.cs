namespace FaqIndex.DictionaryCompiler;

/// <summary>Packed dictionary entries shared by the token-info and unknown-word files: connection ids, cost, an
/// interned part-of-speech prefix (the first six features) and the remaining features as one string.</summary>
internal sealed class EntryTable
{
    /// <summary>Entry flag: the base form (feature 7) equals the surface, so readers report it as null.</summary>
    public const byte BaseIsSurface = 1;

    private readonly List<short> leftIds = [];
    private readonly List<short> rightIds = [];
    private readonly List<short> costs = [];
    private readonly List<ushort> posIds = [];
    private readonly List<byte> flags = [];
    private readonly List<int> tailOffsets = [0];
    private readonly System.Text.StringBuilder tails = new();
    private readonly Dictionary<string, int> posTable = new(StringComparer.Ordinal);
    private readonly List<string> posStrings = [];

    public int Count => leftIds.Count;

    /// <summary>Adds one CSV row's fields after the surface: left id, right id, cost, features…</summary>
    public void Add(string surface, string[] fields, int firstField, string source)
    {
        if (fields.Length < firstField + 4)
        {
            throw new InvalidDataException($"{source}: too few fields");
        }
        leftIds.Add(checked((short)int.Parse(fields[firstField])));
        rightIds.Add(checked((short)int.Parse(fields[firstField + 1])));
        costs.Add(checked((short)int.Parse(fields[firstField + 2])));
        var featureStart = firstField + 3;
        var posCount = Math.Min(6, fields.Length - featureStart);
        var pos = string.Join(',', fields, featureStart, posCount);
        if (!posTable.TryGetValue(pos, out var posId))
        {
            posId = posStrings.Count;
            posTable.Add(pos, posId);
            posStrings.Add(pos);
        }
        posIds.Add(checked((ushort)posId));
        var tailStart = featureStart + posCount;
        var tailFields = fields.Length - tailStart;
        if (tailFields > 0)
        {
            tails.AppendJoin(',', fields[tailStart..]);
        }
        tailOffsets.Add(tails.Length);
        flags.Add(tailFields > 0 && fields[tailStart] == surface ? BaseIsSurface : (byte)0);
    }

    public void WriteTo(BinaryFileWriter writer)
    {
        writer.Write(leftIds.ToArray());
        writer.Write(rightIds.ToArray());
        writer.Write(costs.ToArray());
        writer.Write(posIds.ToArray());
        writer.Write(flags.ToArray());
        writer.Write(tailOffsets.ToArray());
        writer.Write(tails.ToString().ToCharArray());
        writer.Write(posStrings.ToArray());
    }
}
