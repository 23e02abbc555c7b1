namespace FaqIndex.DictionaryCompiler;

/// <summary>Compiles every dictionary file FaqIndex reads from the IPADIC source.</summary>
internal static class DictionaryBuilder
{
    public static void Build(SourceArchive source, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        var characters = CharacterDefinitionBuilder.Build(source["char.def"], outputDirectory);
        UnknownDictionaryBuilder.Build(source["unk.def"], characters, outputDirectory);
        ConnectionCostsBuilder.Build(source["matrix.def"], outputDirectory);
        TokenInfoDictionaryBuilder.Build(source, outputDirectory);
    }

    /// <summary>Splits text into lines without the line break, keeping line numbers for messages.</summary>
    public static IEnumerable<(int Number, string Text)> Lines(string text)
    {
        var number = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }
            number++;
            var line = text[start..end];
            yield return (number, line.EndsWith('\r') ? line[..^1] : line);
            start = end + 1;
        }
    }
}
