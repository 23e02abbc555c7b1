namespace FaqIndex.DictionaryCompiler;

/// <summary>Compiles unk.def into UnknownDictionary.bin: per character category (numbered as in char.def), its
/// unknown-word entries in file order.</summary>
internal static class UnknownDictionaryBuilder
{
    public static void Build(string unkDef, string[] categories, string outputDirectory)
    {
        var rows = new List<(int Category, string[] Fields, string Where)>();
        foreach (var (number, line) in DictionaryBuilder.Lines(unkDef))
        {
            if (line.Length == 0)
            {
                continue;
            }
            var fields = line.Split(',');
            var category = Array.IndexOf(categories, fields[0]);
            if (category < 0 || fields.Length < 5)
            {
                throw new InvalidDataException($"unk.def:{number}: expected CATEGORY,left,right,cost,features… with a char.def category");
            }
            rows.Add((category, fields, $"unk.def:{number}"));
        }
        var entries = new EntryTable();
        var first = new int[categories.Length];
        var count = new int[categories.Length];
        for (var category = 0; category < categories.Length; category++)
        {
            first[category] = entries.Count;
            foreach (var row in rows.Where(r => r.Category == category))
            {
                entries.Add(string.Empty, row.Fields, 1, row.Where);
                count[category]++;
            }
        }
        using var writer = new BinaryFileWriter(outputDirectory, "UnknownDictionary");
        entries.WriteTo(writer);
        writer.Write(first);
        writer.Write(count);
    }
}
