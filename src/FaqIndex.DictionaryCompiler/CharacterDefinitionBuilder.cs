using System.Globalization;

namespace FaqIndex.DictionaryCompiler;

/// <summary>Compiles char.def into CharacterDefinition.bin: the categories (INVOKE, GROUP, LENGTH) and, per UTF-16
/// code unit, the bit set of its categories and its default (first listed) category, as MeCab encodes them.</summary>
internal static class CharacterDefinitionBuilder
{
    public static string[] Build(string charDef, string outputDirectory)
    {
        var names = new List<string>();
        var invoke = new List<byte>();
        var group = new List<byte>();
        var length = new List<int>();
        var mappings = new List<(int Low, int High, string[] Categories, int Line)>();
        foreach (var (number, raw) in DictionaryBuilder.Lines(charDef))
        {
            var hash = raw.IndexOf('#');
            var parts = (hash >= 0 ? raw[..hash] : raw).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                continue;
            }
            if (parts[0].StartsWith("0x", StringComparison.Ordinal))
            {
                var range = parts[0].Split("..");
                var low = int.Parse(range[0][2..], NumberStyles.HexNumber);
                var high = range.Length > 1 ? int.Parse(range[1][2..], NumberStyles.HexNumber) : low;
                mappings.Add((low, high, parts[1..], number));
            }
            else
            {
                if (parts.Length != 4)
                {
                    throw new InvalidDataException($"char.def:{number}: expected 'NAME INVOKE GROUP LENGTH'");
                }
                names.Add(parts[0]);
                invoke.Add(byte.Parse(parts[1]));
                group.Add(byte.Parse(parts[2]));
                length.Add(int.Parse(parts[3]));
            }
        }
        var defaultCategory = names.IndexOf("DEFAULT");
        if (defaultCategory < 0 || names.Count > 32)
        {
            throw new InvalidDataException("char.def: needs a DEFAULT category and at most 32 categories");
        }

        var types = new int[char.MaxValue + 1];
        var defaults = new byte[char.MaxValue + 1];
        Array.Fill(types, 1 << defaultCategory);
        Array.Fill(defaults, (byte)defaultCategory);
        foreach (var (low, high, categories, line) in mappings)
        {
            var mask = 0;
            foreach (var category in categories)
            {
                var id = names.IndexOf(category);
                if (id < 0)
                {
                    throw new InvalidDataException($"char.def:{line}: unknown category {category}");
                }
                mask |= 1 << id;
            }
            for (var c = low; c <= Math.Min(high, char.MaxValue); c++)
            {
                types[c] = mask;
                defaults[c] = (byte)names.IndexOf(categories[0]);
            }
        }

        using var writer = new BinaryFileWriter(outputDirectory, "CharacterDefinition");
        writer.Write(names.ToArray());
        writer.Write(invoke.ToArray());
        writer.Write(group.ToArray());
        writer.Write(length.ToArray());
        writer.Write(types);
        writer.Write(defaults);
        return [.. names];
    }
}
