using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using FaqIndex.Analysis.Japanese.Dict;
using FaqIndex.Analysis.Japanese.Viterbi;

namespace FaqIndex.Analysis.Japanese;

/// <summary>Writes a line's tokens in MeCab's default output format (<c>surface\tfeatures</c> per token, then
/// <c>EOS</c>), as UTF-8 bytes: the form the `tokenize` verb prints and the tests compare with `mecab`. Not thread-safe.</summary>
/// <remarks>Output is UTF-8 because that is what `mecab` writes and what a pipe carries: each word's feature string is
/// encoded once, on its first use, and copied from then on, so a token costs one surface encoding and one copy. A lone
/// surrogate in the text is written as U+FFFD, as any UTF-8 writer does.</remarks>
public sealed class MecabFormatter
{
    private static readonly byte[] Eos = "EOS\n"u8.ToArray();

    private readonly ViterbiSegmenter segmenter;
    private readonly MorphemeBuffer morphemes = new();
    private readonly JapaneseTokenizerMode mode;
    private readonly byte[]?[] knownFeatures;
    private readonly byte[]?[] unknownFeatures;
    private readonly Dictionary<int, byte[]> userFeatures = [];
    private ArrayBufferWriter<byte>? textBuffer;
    private char[] textChars = [];

    /// <summary>Creates a formatter over the system dictionary and an optional user dictionary.</summary>
    /// <param name="mode">Segmentation mode (normal matches `mecab`).</param>
    /// <param name="userDictionary">Editor words, or null for the system dictionary only.</param>
    public MecabFormatter(JapaneseTokenizerMode mode = JapaneseTokenizerMode.Normal, UserDictionary? userDictionary = null)
    {
        segmenter = new ViterbiSegmenter(SystemDictionary.Instance, userDictionary);
        this.mode = mode;
        knownFeatures = new byte[]?[segmenter.TokenInfo.Count];
        unknownFeatures = new byte[]?[segmenter.Unknown.Count];
    }

    /// <summary>Loads the system dictionary now (it otherwise loads on first use); for timing and warm-up.</summary>
    public static void LoadDictionary() => _ = SystemDictionary.Instance;

    /// <summary>Tokenizes one line (without its line break) and appends its tokens and <c>EOS</c> as UTF-8.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteLine(ReadOnlySpan<char> line, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        segmenter.Segment(line, mode, morphemes);
        for (var i = 0; i < morphemes.Count; i++)
        {
            ref var morpheme = ref morphemes[i];
            var surface = line.Slice(morpheme.Start, morpheme.Length);
            var feature = Feature(morpheme.Source, morpheme.WordId);
            // At most 3 bytes per UTF-16 unit (a surrogate pair is 4 bytes for 2 units).
            var span = output.GetSpan(surface.Length * 3 + feature.Length + 2);
            Utf8.FromUtf16(surface, span, out _, out var written, replaceInvalidSequences: true);
            span[written++] = (byte)'\t';
            feature.CopyTo(span[written..]);
            written += feature.Length;
            span[written++] = (byte)'\n';
            output.Advance(written);
        }
        output.Write(Eos);
    }

    /// <summary>Tokenizes one line (without its line break) and writes its tokens and <c>EOS</c> as text.</summary>
    public void WriteLine(ReadOnlySpan<char> line, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        // The same bytes as the UTF-8 overload, decoded: one formatting path for both.
        textBuffer ??= new ArrayBufferWriter<byte>(4096);
        textBuffer.ResetWrittenCount();
        WriteLine(line, textBuffer);
        var bytes = textBuffer.WrittenSpan;
        if (textChars.Length < bytes.Length)
        {
            textChars = new char[Math.Max(bytes.Length, textChars.Length * 2)];
        }
        var count = Encoding.UTF8.GetChars(bytes, textChars);
        output.Write(textChars, 0, count);
    }

    private ReadOnlySpan<byte> Feature(MorphemeSource source, int id)
    {
        // Looked up per token; encoded on a word's first use only (kept off this method so nothing is allocated here).
        var cached = source switch
        {
            MorphemeSource.Known => knownFeatures[id],
            MorphemeSource.Unknown => unknownFeatures[id],
            _ => userFeatures.GetValueOrDefault(id),
        };
        return cached ?? EncodeFeature(source, id);
    }

    private byte[] EncodeFeature(MorphemeSource source, int id)
    {
        using var writer = new StringWriter();
        switch (source)
        {
            case MorphemeSource.Known:
                segmenter.TokenInfo.WriteFeature(id, writer);
                return knownFeatures[id] = Encoding.UTF8.GetBytes(writer.ToString());
            case MorphemeSource.Unknown:
                segmenter.Unknown.WriteFeature(id, writer);
                return unknownFeatures[id] = Encoding.UTF8.GetBytes(writer.ToString());
            default:
                segmenter.User!.WriteFeature(id, writer);
                return userFeatures[id] = Encoding.UTF8.GetBytes(writer.ToString());
        }
    }
}
