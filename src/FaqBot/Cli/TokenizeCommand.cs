using System.Buffers;
using System.CommandLine;
using System.Runtime.CompilerServices;
using System.Text;
using FaqIndex.Analysis.Japanese;
using Microsoft.Win32.SafeHandles;

namespace FaqBot.Cli;

/// <summary>The `tokenize` verb: stdin to stdout in MeCab's default format, one <c>EOS</c> per input line, streaming.</summary>
internal static class TokenizeCommand
{
    private const int ReadSize = 1 << 16;
    private const int WriteSize = 1 << 16;

    // What a shell reports for a process that SIGPIPE ended (128 + 13), as `mecab … | head` gives.
    private const int BrokenPipeExitCode = 141;

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
            // The raw streams, not Console.In/Out: those decode and encode through a lock and flush on every write.
            using var stdin = Console.OpenStandardInput();
            using var stdout = OpenStandardOutput();
            try
            {
                Run(stdin, stdout, parsedMode, dictionary);
            }
            catch (IOException e) when (IsBrokenPipe(e))
            {
                // The reader has gone (`tokenize < big.txt | head`): stop reading and tokenizing, quietly.
                return BrokenPipeExitCode;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A full disk or a closed descriptor: one line naming the system's reason, not a stack trace.
                Console.Error.WriteLine($"tokenize: {(e.InnerException ?? e).Message}");
                return 1;
            }
            return 0;
        });
        return command;
    }

    /// <summary>Standard output as a plain file stream on Unix: the console stream drops writes to a closed pipe
    /// without a word (EPIPE ignored), so a verb behind `| head` would tokenize all of its input for nobody.</summary>
    private static Stream OpenStandardOutput()
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                return new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Standard output closed or not a file: the console stream copes with that.
            }
        }
        return Console.OpenStandardOutput();
    }

    // EPIPE on Linux and macOS; ERROR_BROKEN_PIPE and ERROR_NO_DATA on Windows.
    private static bool IsBrokenPipe(IOException e) => e.HResult is 32 or unchecked((int)0x8007006D) or unchecked((int)0x800700E8);

    /// <summary>Tokenizes every line of <paramref name="input"/> (UTF-8) to <paramref name="output"/> (UTF-8).</summary>
    /// <remarks>Lines end at LF, CR LF or CR, as <see cref="TextReader.ReadLine"/> reads them; invalid UTF-8 becomes
    /// U+FFFD. Output is written each time the input read so far is used up, before waiting for more: a terminal or a
    /// pipe that sends one line sees its tokens at once, while a file goes through in 64 KiB reads with one write each
    /// (not one write and flush per line, which cost more than the tokenizing).</remarks>
    public static void Run(Stream input, Stream output, JapaneseTokenizerMode mode, UserDictionary? dictionary)
    {
        var reader = new LineSplitter(new MecabFormatter(mode, dictionary), output);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
        var decoder = encoding.GetDecoder();
        var bytes = new byte[ReadSize];
        var chars = new char[encoding.GetMaxCharCount(ReadSize)];
        int read;
        while ((read = input.Read(bytes)) > 0)
        {
            var count = decoder.GetChars(bytes.AsSpan(0, read), chars, flush: false);
            reader.Feed(chars.AsSpan(0, count));
            reader.WriteOut();
        }
        // A sequence cut off by the end of input becomes U+FFFD; text after the last line break is a line too.
        reader.Feed(chars.AsSpan(0, decoder.GetChars([], chars, flush: true)));
        reader.End();
        reader.WriteOut();
    }

    /// <summary>Cuts decoded text into lines (a line may span reads) and collects their tokens until written out.</summary>
    private sealed class LineSplitter(MecabFormatter formatter, Stream output)
    {
        private readonly ArrayBufferWriter<byte> pending = new(WriteSize * 2);
        private char[] carry = new char[256];
        private int carried;
        private bool afterCr;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Feed(ReadOnlySpan<char> text)
        {
            if (afterCr && !text.IsEmpty)
            {
                afterCr = false;
                if (text[0] == '\n')
                {
                    text = text[1..];
                }
            }
            while (!text.IsEmpty)
            {
                var end = text.IndexOfAny('\r', '\n');
                if (end < 0)
                {
                    Carry(text);
                    return;
                }
                if (carried == 0)
                {
                    formatter.WriteLine(text[..end], pending);
                }
                else
                {
                    Carry(text[..end]);
                    formatter.WriteLine(carry.AsSpan(0, carried), pending);
                    carried = 0;
                }
                if (text[end] == '\r')
                {
                    if (end + 1 == text.Length)
                    {
                        afterCr = true;
                    }
                    else if (text[end + 1] == '\n')
                    {
                        end++;
                    }
                }
                text = text[(end + 1)..];
                if (pending.WrittenCount >= WriteSize)
                {
                    WriteOut();
                }
            }
        }

        public void End()
        {
            if (carried > 0)
            {
                formatter.WriteLine(carry.AsSpan(0, carried), pending);
                carried = 0;
            }
        }

        public void WriteOut()
        {
            if (pending.WrittenCount == 0)
            {
                return;
            }
            output.Write(pending.WrittenSpan);
            output.Flush();
            pending.ResetWrittenCount();
        }

        private void Carry(ReadOnlySpan<char> text)
        {
            if (carried + text.Length > carry.Length)
            {
                Array.Resize(ref carry, Math.Max(carried + text.Length, carry.Length * 2));
            }
            text.CopyTo(carry.AsSpan(carried));
            carried += text.Length;
        }
    }
}
