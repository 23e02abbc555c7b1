using System.Diagnostics;
using System.Text;
using FaqBot.Cli;
using FaqIndex.Analysis.Japanese;

namespace FaqBot.Tests.Cli;

public sealed class TokenizeCommandTests
{
    private static string Run(string input, JapaneseTokenizerMode mode = JapaneseTokenizerMode.Normal, UserDictionary? dictionary = null)
    {
        var output = new MemoryStream();
        TokenizeCommand.Run(new MemoryStream(Encoding.UTF8.GetBytes(input)), output, mode, dictionary);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public void WritesMecabFormatWithEosPerLine()
    {
        var output = Run("資格確認書\n\n😀\n");
        Assert.Equal(
            "資格\t名詞,一般,*,*,*,*,資格,シカク,シカク\n確認\t名詞,サ変接続,*,*,*,*,確認,カクニン,カクニン\n書\t名詞,接尾,一般,*,*,*,書,ショ,ショ\nEOS\n" +
            "EOS\n" +
            "😀\t記号,一般,*,*,*,*,*\nEOS\n",
            output);
    }

    [Fact]
    public void SearchModeAddsTheCompound()
    {
        var surfaces = Run("関西国際空港", JapaneseTokenizerMode.Search).Split('\n').Select(l => l.Split('\t')[0]);
        Assert.Equal(["関西", "関西国際空港", "国際", "空港", "EOS", ""], surfaces);
    }

    [Fact]
    public void UserDictionaryWordsUseTheirPartOfSpeech()
    {
        var dictionary = UserDictionary.Open(new StringReader("マイナ保険証,マイナ 保険証,マイナ ホケンショウ,カスタム名詞"), "test.csv");
        var output = Run("マイナ保険証", JapaneseTokenizerMode.Normal, dictionary);
        Assert.StartsWith("マイナ\tカスタム名詞,*,*,*,*,*,マイナ,マイナ,マイナ\n保険証\tカスタム名詞,", output);
    }

    [Fact]
    public void HugeAndHostileInputStreamsThrough()
    {
        var random = new Random(11);
        var input = new StringBuilder();
        input.Append('ア', 100_000).Append('\n');
        for (var line = 0; line < 2_000; line++)
        {
            for (var i = 0; i < 30; i++)
            {
                var c = (char)random.Next(1, 0x10000);
                input.Append(c is '\r' or '\n' ? ' ' : c); // ReadLine splits at CR as well as LF
            }
            input.Append('\n');
        }
        var output = Run(input.ToString());
        Assert.Equal(2_001, output.Split('\n').Count(l => l == "EOS"));
    }

    [Fact]
    public void TheExecutableReadsStdinAndWritesStdout()
    {
        var (exit, stdout, _) = RunProcess(["tokenize"], "マイナ保険証を紛失しました\n令和7年12月1日\n");
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n');
        Assert.Equal("マイナ\t名詞,一般,*,*,*,*,*", lines[0]);
        Assert.Contains("令和\t名詞,固有名詞,一般,*,*,*,令和,レイワ,レイワ", lines);
        Assert.Equal(2, lines.Count(l => l == "EOS"));
    }

    [Fact]
    public async Task OutputStreamsLineByLineBeforeStdinCloses()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FaqBot.dll"));
        start.ArgumentList.Add("tokenize");
        using var process = Process.Start(start)!;
        try
        {
            process.StandardInput.Write("資格\n");
            process.StandardInput.Flush();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var first = await process.StandardOutput.ReadLineAsync(timeout.Token);
            Assert.StartsWith("資格\t", first);
            Assert.Equal("EOS", await process.StandardOutput.ReadLineAsync(timeout.Token));
        }
        finally
        {
            process.StandardInput.Close();
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task AReaderThatStopsEndsTheVerbQuietly()
    {
        // `yes` never stops writing: the pipeline ends only if tokenize stops when `head` has what it wants. (This
        // process ignores SIGPIPE and its children inherit that, so `yes` reports its own broken pipe: not ours.)
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("yes 資格確認書をなくしました 2>/dev/null | dotnet \"$0\" tokenize | head -n 2; echo \"exit ${PIPESTATUS[1]}\"");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FaqBot.dll"));
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("tokenize kept running after its reader had gone");
        }
        Assert.Equal("資格\t名詞,一般,*,*,*,*,資格,シカク,シカク\n確認\t名詞,サ変接続,*,*,*,*,確認,カクニン,カクニン\nexit 141\n", await stdout);
        Assert.Equal("", await stderr);
    }

    [Fact]
    public void InvalidUtf8OnStdinDoesNotCrash()
    {
        var (exit, stdout, _) = RunProcess(["tokenize"], null, [0xFF, 0xFE, 0xE3, 0x81, (byte)'\n', 0xF0, 0x9F, (byte)'a', (byte)'\n']);
        Assert.Equal(0, exit);
        Assert.Equal(2, stdout.Split('\n').Count(l => l == "EOS"));
    }

    [Fact]
    public void LinesEndAtLfCrLfOrCrAndTheLastNeedsNoLineBreak()
    {
        Assert.Equal(["資格", "EOS", "確認", "EOS", "書", "EOS", "EOS", "保険", "EOS", ""],
            Run("資格\r\n確認\r書\n\n保険").Split('\n').Select(l => l.Split('\t')[0]));
        Assert.Equal("", Run(""));
    }

    [Fact]
    public void InputArrivingOneByteAtATimeGivesTheSameOutput()
    {
        // Every boundary a read can fall on: inside a UTF-8 sequence, between CR and LF, inside a line.
        const string input = "資格確認書は届きますか\r\nマイナ保険証😀を\r紛失しました\n\nｱｲｳ abc";
        var whole = Run(input);
        var output = new MemoryStream();
        TokenizeCommand.Run(new TrickleStream(Encoding.UTF8.GetBytes(input)), output, JapaneseTokenizerMode.Normal, null);
        Assert.Equal(whole, Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal(5, whole.Split('\n').Count(l => l == "EOS"));
    }

    [Fact]
    public void NulAndBrokenSurrogatesOnStdinAreTokensNotCrashes()
    {
        // NUL inside a line; a surrogate encoded on its own (CESU-8, invalid UTF-8); a sequence cut off by the end of input.
        byte[] input = [.. "資格\0確認\n"u8, 0xED, 0xA0, 0x80, .. "書\n"u8, 0xE3, 0x81];
        var (exit, stdout, stderr) = RunProcess(["tokenize"], null, input);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n');
        Assert.Equal(3, lines.Count(l => l == "EOS"));
        Assert.Contains(lines, l => l.StartsWith("確認\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("\ufffd", StringComparison.Ordinal));
    }

    [Fact]
    public void AVeryLongLineAndAHugeInputComeOutWhole()
    {
        // One 1 MB line with no line break at the end of input, then 8 MB of short lines: every character is in
        // exactly one token, in order, and every line has its EOS.
        var text = new StringBuilder();
        var random = new Random(12);
        string[] words = ["資格確認書", "マイナ保険証", "を", "紛失", "しました", "。", "令和7年", "ｱｲｳ", "abc", " ", "😀"];
        var longLine = new StringBuilder();
        while (longLine.Length < 350_000)
        {
            longLine.Append(words[random.Next(words.Length)]);
        }
        var lines = new List<string>();
        var size = 0;
        while (size < 8_000_000)
        {
            var line = new StringBuilder();
            for (var i = random.Next(1, 40); i > 0; i--)
            {
                line.Append(words[random.Next(words.Length)]);
            }
            lines.Add(line.ToString());
            size += Encoding.UTF8.GetByteCount(line.ToString()) + 1;
        }
        text.Append(string.Join('\n', lines)).Append('\n').Append(longLine);
        var (exit, stdout, _) = RunProcess(["tokenize"], text.ToString());
        Assert.Equal(0, exit);
        var rebuilt = new StringBuilder(text.Length);
        var eos = 0;
        foreach (var line in stdout.Split('\n'))
        {
            if (line == "EOS")
            {
                rebuilt.Append('\n');
                eos++;
            }
            else if (line.Length > 0)
            {
                rebuilt.Append(line.AsSpan(0, line.IndexOf('\t')));
            }
        }
        Assert.Equal(lines.Count + 1, eos);
        // MeCab's format drops spaces between words (they are not tokens); compare without them.
        Assert.Equal(text.ToString().Replace(" ", "", StringComparison.Ordinal) + "\n", rebuilt.ToString());
    }

    [Fact]
    public void BadOptionsFailWithAMessage()
    {
        var (exit, _, stderr) = RunProcess(["tokenize", "--mode", "fast"], "x\n");
        Assert.NotEqual(0, exit);
        Assert.Contains("fast", stderr);
        var (missingExit, _, missingError) = RunProcess(["tokenize", "--user-dictionary", "/nonexistent/dict.csv"], "x\n");
        Assert.Equal(2, missingExit);
        Assert.Contains("not found", missingError);
    }

    [Fact]
    public void BrokenUserDictionaryLinesGoToStderrAsFileAndLine()
    {
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(file, "マイナ保険証,マイナ 保険証,マイナ ホケンショウ,カスタム名詞\nbroken\n");
        try
        {
            var (exit, stdout, stderr) = RunProcess(["tokenize", "--user-dictionary", file], "マイナ保険証\n");
            Assert.Equal(0, exit);
            Assert.Contains(file + ":2:", stderr);
            Assert.StartsWith("マイナ\tカスタム名詞", stdout);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (int Exit, string Stdout, string Stderr) RunProcess(string[] args, string? input, byte[]? rawInput = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FaqBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var bytes = rawInput ?? new UTF8Encoding(false).GetBytes(input ?? "");
        process.StandardInput.BaseStream.Write(bytes);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "tokenize did not finish");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A stream that returns one byte per read, as a slow pipe might.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(1, buffer.Length)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(1, count));
    }
}
