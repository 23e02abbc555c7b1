using FaqIndex.Analysis.Japanese.Dict;
using FaqIndex.Analysis.Japanese.Viterbi;

namespace FaqIndex.Analysis.Japanese;

/// <summary>Writes a line's tokens in MeCab's default output format (<c>surface\tfeatures</c> per token, then
/// <c>EOS</c>), the form the `tokenize` verb prints and the tests compare with `mecab`. Not thread-safe.</summary>
public sealed class MecabFormatter
{
    private readonly ViterbiSegmenter segmenter;
    private readonly MorphemeBuffer morphemes = new();
    private readonly JapaneseTokenizerMode mode;

    /// <summary>Creates a formatter over the system dictionary and an optional user dictionary.</summary>
    /// <param name="mode">Segmentation mode (normal matches `mecab`).</param>
    /// <param name="userDictionary">Editor words, or null for the system dictionary only.</param>
    public MecabFormatter(JapaneseTokenizerMode mode = JapaneseTokenizerMode.Normal, UserDictionary? userDictionary = null)
    {
        segmenter = new ViterbiSegmenter(SystemDictionary.Instance, userDictionary);
        this.mode = mode;
    }

    /// <summary>Loads the system dictionary now (it otherwise loads on first use); for timing and warm-up.</summary>
    public static void LoadDictionary() => _ = SystemDictionary.Instance;

    /// <summary>Tokenizes one line (without its line break) and writes its tokens and <c>EOS</c>.</summary>
    public void WriteLine(ReadOnlySpan<char> line, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        segmenter.Segment(line, mode, morphemes);
        for (var i = 0; i < morphemes.Count; i++)
        {
            ref var morpheme = ref morphemes[i];
            output.Write(line.Slice(morpheme.Start, morpheme.Length));
            output.Write('\t');
            switch (morpheme.Source)
            {
                case MorphemeSource.Known:
                    segmenter.TokenInfo.WriteFeature(morpheme.WordId, output);
                    break;
                case MorphemeSource.Unknown:
                    segmenter.Unknown.WriteFeature(morpheme.WordId, output);
                    break;
                default:
                    segmenter.User!.WriteFeature(morpheme.WordId, output);
                    break;
            }
            output.Write('\n');
        }
        output.Write("EOS\n");
    }
}
