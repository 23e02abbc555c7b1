using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using FaqIndex.Analysis.Japanese;

namespace FaqIndex.Tests.Analysis.Japanese;

/// <summary>Runs the real `mecab` (Debian's mecab + mecab-ipadic-utf8) and our tokenizer on the same text.</summary>
internal static class MecabReference
{
    /// <summary>mecab's output for <paramref name="text"/>, split into lines. Fails (never skips) when mecab is missing.</summary>
    public static string[] Run(string text)
    {
        var start = new ProcessStartInfo("mecab")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("mecab did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail("The reference analyzer `mecab` is not installed (Debian: mecab mecab-ipadic-utf8). Run ./test.sh, which installs it. " + e.Message);
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(text);
            process.StandardInput.Close();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "mecab failed: " + error.Result);
            return SplitLines(output.Result);
        }
    }

    /// <summary>Our tokenizer's output in the same format, line by line of input (split at LF, as mecab reads).</summary>
    public static string[] Ours(string text)
    {
        var formatter = new MecabFormatter();
        var writer = new StringWriter();
        var lines = text.Split('\n');
        var count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        for (var i = 0; i < count; i++)
        {
            formatter.WriteLine(lines[i], writer);
        }
        return SplitLines(writer.ToString());
    }

    /// <summary>Asserts identical output; on failure names the input line and shows the first differing lines.</summary>
    public static void AssertSame(string text, string source)
    {
        var expected = Run(text);
        var actual = Ours(text);
        var inputLines = text.Split('\n');
        var inputLine = 0;
        for (var i = 0; i < Math.Max(expected.Length, actual.Length); i++)
        {
            var e = i < expected.Length ? expected[i] : "(end)";
            var a = i < actual.Length ? actual[i] : "(end)";
            if (e != a)
            {
                var message = new StringBuilder()
                    .AppendLine($"{source}:{inputLine + 1}: tokens differ from mecab")
                    .AppendLine("input:  " + (inputLine < inputLines.Length ? inputLines[inputLine] : ""))
                    .AppendLine("mecab:  " + string.Join(" | ", expected.Skip(i).Take(4)))
                    .AppendLine("ours:   " + string.Join(" | ", actual.Skip(i).Take(4)));
                Assert.Fail(message.ToString());
            }
            if (e == "EOS")
            {
                inputLine++;
            }
        }
    }

    private static string[] SplitLines(string output) =>
        output.Split('\n', StringSplitOptions.None) is var lines && lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : output.Split('\n');
}
