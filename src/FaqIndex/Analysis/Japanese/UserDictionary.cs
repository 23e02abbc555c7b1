using System.Text;
using FaqIndex.Analysis.Japanese.TokenAttributes;

namespace FaqIndex.Analysis.Japanese;

/// <summary>Editor-maintained words in Kuromoji's CSV format (<c>surface,segmentation,readings,part-of-speech</c>,
/// segmentation and readings space-separated). An entry wins over the system dictionary where it starts; its
/// segments become the tokens. Bad lines are reported as diagnostics and skipped.</summary>
public sealed class UserDictionary : IMorphemeFeatures
{
    /// <summary>Connection id of user words: IPADIC's 名詞,固有名詞,一般, so neighbours connect as to a proper noun.</summary>
    internal const int ConnectionId = 1288;

    /// <summary>Word cost of user words: low enough that a matching entry is always chosen (Kuromoji's value).</summary>
    internal const int WordCost = -100000;

    private readonly Dictionary<string, int> entries;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int[] firstSegment;
    private readonly string[] segments;
    private readonly string[] readings;
    private readonly string[] partsOfSpeech;

    private UserDictionary(Dictionary<string, int> entries, int[] firstSegment, string[] segments, string[] readings, string[] partsOfSpeech)
    {
        this.entries = entries;
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        this.firstSegment = firstSegment;
        this.segments = segments;
        this.readings = readings;
        this.partsOfSpeech = partsOfSpeech;
        foreach (var surface in entries.Keys)
        {
            MaxLength = Math.Max(MaxLength, surface.Length);
        }
    }

    /// <summary>Number of entries.</summary>
    public int Count => entries.Count;

    /// <summary>Length in chars of the longest surface.</summary>
    internal int MaxLength { get; }

    /// <summary>Reads a dictionary; bad lines go to <paramref name="diagnostics"/> (as <paramref name="sourceName"/>:line) and are skipped.</summary>
    public static UserDictionary Open(TextReader reader, string sourceName, IList<DictionaryDiagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var builder = new Builder();
        builder.Read(reader, sourceName, diagnostics);
        return builder.Build();
    }

    /// <summary>Reads every <c>*.csv</c> in <paramref name="folder"/> (in ordinal name order) as one dictionary;
    /// null when the folder is missing or has no CSV file. Unreadable files become diagnostics.</summary>
    public static UserDictionary? LoadFolder(string folder, IList<DictionaryDiagnostic>? diagnostics = null)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }
        var files = Directory.GetFiles(folder, "*.csv");
        if (files.Length == 0)
        {
            return null;
        }
        Array.Sort(files, StringComparer.Ordinal);
        var builder = new Builder();
        foreach (var file in files)
        {
            try
            {
                using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                builder.Read(reader, file, diagnostics);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics?.Add(new DictionaryDiagnostic(file, 0, "cannot read the file: " + e.Message));
            }
        }
        return builder.Build();
    }

    /// <summary>Looks up an exact surface.</summary>
    internal bool TryFind(ReadOnlySpan<char> surface, out int entry) => lookup.TryGetValue(surface, out entry);

    internal int FirstSegment(int entry) => firstSegment[entry];

    internal int SegmentCount(int entry) => firstSegment[entry + 1] - firstSegment[entry];

    internal int SegmentLength(int segment) => segments[segment].Length;

    /// <summary>Writes a MeCab-style feature string for a segment: POS, five '*', base form, reading, pronunciation.</summary>
    internal void WriteFeature(int segment, TextWriter writer)
    {
        writer.Write(partsOfSpeech[segment]);
        writer.Write(",*,*,*,*,*,");
        writer.Write(segments[segment]);
        writer.Write(',');
        writer.Write(readings[segment]);
        writer.Write(',');
        writer.Write(readings[segment]);
    }

    /// <inheritdoc />
    public string? GetBaseForm(int id) => null;

    /// <inheritdoc />
    public string? GetPartOfSpeech(int id) => partsOfSpeech[id];

    /// <inheritdoc />
    public string? GetReading(int id) => readings[id];

    /// <inheritdoc />
    public string? GetPronunciation(int id) => readings[id];

    /// <inheritdoc />
    public string? GetInflectionType(int id) => null;

    /// <inheritdoc />
    public string? GetInflectionForm(int id) => null;

    private sealed class Builder
    {
        private readonly Dictionary<string, int> entries = new(StringComparer.Ordinal);
        private readonly List<int> firstSegment = [];
        private readonly List<string> segments = [];
        private readonly List<string> readings = [];
        private readonly List<string> partsOfSpeech = [];

        public void Read(TextReader reader, string source, IList<DictionaryDiagnostic>? diagnostics)
        {
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                var error = Add(line);
                if (error is not null)
                {
                    diagnostics?.Add(new DictionaryDiagnostic(source, number, error));
                }
            }
        }

        public UserDictionary Build()
        {
            firstSegment.Add(segments.Count);
            return new UserDictionary(entries, [.. firstSegment], [.. segments], [.. readings], [.. partsOfSpeech]);
        }

        private string? Add(string line)
        {
            var trimmed = line.AsSpan().Trim();
            if (trimmed.IsEmpty || trimmed[0] == '#')
            {
                return null;
            }
            var fields = CsvLine.Split(trimmed);
            if (fields is null)
            {
                return "unterminated quoted field";
            }
            if (fields.Count != 4)
            {
                return $"expected 4 fields (surface,segmentation,readings,part-of-speech), found {fields.Count}";
            }
            var surface = fields[0].Trim();
            var parts = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var partReadings = fields[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var pos = fields[3].Trim();
            if (surface.Length == 0 || pos.Length == 0)
            {
                return "the surface and the part of speech must not be empty";
            }
            if (string.Concat(parts) != surface)
            {
                return $"the segmentation '{fields[1]}' does not spell the surface '{surface}'";
            }
            if (partReadings.Length != parts.Length)
            {
                return $"{parts.Length} segments but {partReadings.Length} readings";
            }
            if (entries.ContainsKey(surface))
            {
                return $"duplicate entry for '{surface}' (the first one is used)";
            }
            entries.Add(surface, firstSegment.Count);
            firstSegment.Add(segments.Count);
            for (var i = 0; i < parts.Length; i++)
            {
                segments.Add(parts[i]);
                readings.Add(partReadings[i]);
                partsOfSpeech.Add(pos);
            }
            return null;
        }
    }
}
