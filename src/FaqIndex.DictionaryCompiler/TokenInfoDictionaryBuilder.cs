namespace FaqIndex.DictionaryCompiler;

/// <summary>Compiles the IPADIC CSV files into TokenInfoDictionary.bin: a trie over surfaces and, per surface, its
/// entries in MeCab's order (CSV files in MeCab's read order, rows in file order, stable-sorted by surface).</summary>
internal static class TokenInfoDictionaryBuilder
{
    public static void Build(SourceArchive source, string outputDirectory)
    {
        var rows = new List<(string Surface, string[] Fields, string Where)>();
        foreach (var file in source.CsvFiles)
        {
            foreach (var (number, line) in DictionaryBuilder.Lines(source[file]))
            {
                if (line.Length == 0)
                {
                    continue;
                }
                var fields = line.Split(',');
                if (fields.Length < 5 || fields[0].Length == 0)
                {
                    throw new InvalidDataException($"{file}:{number}: expected surface,left,right,cost,features…");
                }
                rows.Add((fields[0], fields, $"{file}:{number}"));
            }
            foreach (var line in SupplementalEntries.For(file))
            {
                rows.Add((line.Split(',')[0], line.Split(','), $"{file} (supplement)"));
            }
        }
        // List.Sort is not stable; sort indices with the row index as the tie-breaker instead.
        var order = Enumerable.Range(0, rows.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var c = string.CompareOrdinal(rows[a].Surface, rows[b].Surface);
            return c != 0 ? c : a.CompareTo(b);
        });

        var entries = new EntryTable();
        var keys = new List<string>();
        var keyFirstEntry = new List<int>();
        foreach (var index in order)
        {
            var (surface, fields, where) = rows[index];
            if (keys.Count == 0 || keys[^1] != surface)
            {
                keys.Add(surface);
                keyFirstEntry.Add(entries.Count);
            }
            entries.Add(surface, fields, 1, where);
        }
        keyFirstEntry.Add(entries.Count);

        var trie = new DoubleArrayTrieBuilder();
        trie.Build([.. keys]);

        using var writer = new BinaryFileWriter(outputDirectory, "TokenInfoDictionary");
        entries.WriteTo(writer);
        writer.Write(trie.CharCodes);
        // Base and check of a slot side by side: a lookup step reads one cache line, not two.
        var bases = trie.Base;
        var checks = trie.Check;
        var units = new int[bases.Length * 2];
        for (var i = 0; i < bases.Length; i++)
        {
            units[2 * i] = bases[i];
            units[2 * i + 1] = checks[i];
        }
        writer.Write(units);
        writer.Write(keyFirstEntry.ToArray());
        Console.WriteLine($"TokenInfoDictionary: {entries.Count} entries, {keys.Count} surfaces, trie {trie.Base.Length} slots");
    }
}
