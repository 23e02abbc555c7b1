using System.CommandLine;
using System.Text;
using FaqIndex.Analysis.Japanese;

namespace FaqBot.Cli;

/// <summary>The `tokenize` verb: stdin to stdout in MeCab's default format, one <c>EOS</c> per input line, streaming.</summary>
internal static class TokenizeCommand
{
    // Output is collected per line and written in one call: Console.Out flushes on every write.
    private const int FlushThreshold = 1 << 16;

    public static Command Create()
    {
        var mode = new Option<string>("--mode")
        {
            Description = "Segmentation mode: normal (as mecab), search (compounds also split) or extended (unknown words as characters).",
            DefaultValueFactory = _ => "normal",
        };
        mode.AcceptOnlyFromAmong("normal", "search", "extended");
        var userDictionary = new Option<string?>("--user-dictionary")
        {
            Description = "A user dictionary CSV file (Kuromoji format) or a folder of them. Without it: the system dictionary only, as mecab.",
        };
        var command = new Command("tokenize", "Splits Japanese text from stdin into words (MeCab's output format).") { mode, userDictionary };
        command.SetAction(result =>
        {
            var parsedMode = result.GetValue(mode) switch
            {
                "search" => JapaneseTokenizerMode.Search,
                "extended" => JapaneseTokenizerMode.Extended,
                _ => JapaneseTokenizerMode.Normal,
            };
            UserDictionary? dictionary = null;
            if (result.GetValue(userDictionary) is { } path)
            {
                var diagnostics = new List<DictionaryDiagnostic>();
                if (Directory.Exists(path))
                {
                    dictionary = UserDictionary.LoadFolder(path, diagnostics);
                }
                else if (File.Exists(path))
                {
                    using var reader = new StreamReader(path, Encoding.UTF8);
                    dictionary = UserDictionary.Open(reader, path, diagnostics);
                }
                else
                {
                    Console.Error.WriteLine($"tokenize: user dictionary not found: {path}");
                    return 2;
                }
                foreach (var diagnostic in diagnostics)
                {
                    Console.Error.WriteLine(diagnostic.ToString());
                }
            }
            Run(Console.In, Console.Out, parsedMode, dictionary, flushEachLine: true);
            return 0;
        });
        return command;
    }

    /// <summary>Tokenizes every line of <paramref name="input"/> to <paramref name="output"/>.</summary>
    /// <remarks>With <paramref name="flushEachLine"/> (the verb's setting) each input line's tokens are written in one
    /// call as soon as the line is read, so a pipe or terminal sees them before the next line arrives (one write per
    /// line costs little: the tokens are collected first). Otherwise output is written in 64 KiB chunks.</remarks>
    public static void Run(TextReader input, TextWriter output, JapaneseTokenizerMode mode, UserDictionary? dictionary, bool flushEachLine = false)
    {
        var formatter = new MecabFormatter(mode, dictionary);
        var buffer = new StringWriter(new StringBuilder(FlushThreshold * 2)) { NewLine = "\n" };
        var pending = buffer.GetStringBuilder();
        while (input.ReadLine() is { } line)
        {
            formatter.WriteLine(line, buffer);
            if (flushEachLine || pending.Length >= FlushThreshold)
            {
                foreach (var chunk in pending.GetChunks())
                {
                    output.Write(chunk.Span);
                }
                output.Flush();
                pending.Clear();
            }
        }
        foreach (var chunk in pending.GetChunks())
        {
            output.Write(chunk.Span);
        }
        output.Flush();
    }
}
