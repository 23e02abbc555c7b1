using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace FaqIndex.Analysis.Japanese;

/// <summary>Analyzer for Japanese FAQ text: width/NFKC and iteration-mark normalisation, morphological analysis,
/// base forms, kanji numbers, and removal of particles, auxiliaries, punctuation and stop words.</summary>
/// <remarks>Index with the default search mode (compounds are kept beside their parts). At query time, when the
/// parts go through a synonym filter, pass <c>discardCompoundToken: true</c> so the token graph stays a simple chain.</remarks>
public sealed class JapaneseAnalyzer : StopwordAnalyzerBase
{
    private readonly UserDictionary? _userDictionary;
    private readonly JapaneseTokenizerMode _mode;
    private readonly ISet<string> _stopTags;
    private readonly bool _discardCompoundToken;

    /// <summary>Search mode, no user dictionary, the default stop words and stop tags.</summary>
    public JapaneseAnalyzer(LuceneVersion matchVersion)
        : this(matchVersion, null, JapaneseTokenizerMode.Search, GetDefaultStopSet(), GetDefaultStopTags())
    {
    }

    /// <summary>An analyzer with the given user dictionary, mode, stop words and part-of-speech stop tags.</summary>
    public JapaneseAnalyzer(LuceneVersion matchVersion, UserDictionary? userDictionary, JapaneseTokenizerMode mode,
        CharArraySet stopwords, ISet<string> stopTags, bool discardCompoundToken = false)
        : base(matchVersion, stopwords)
    {
        ArgumentNullException.ThrowIfNull(stopTags);
        _userDictionary = userDictionary;
        _mode = mode;
        _stopTags = stopTags;
        _discardCompoundToken = discardCompoundToken;
    }

    /// <summary>The default stop words (embedded stopwords.txt), matched case-insensitively after base forms.</summary>
    public static CharArraySet GetDefaultStopSet() => DefaultSets.StopWords;

    /// <summary>The default part-of-speech stop tags (embedded stoptags.txt), in IPADIC naming (助詞-格助詞-一般).</summary>
    public static ISet<string> GetDefaultStopTags() => DefaultSets.StopTags;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // Punctuation is kept by the tokenizer so the number filter sees the separators of 1,000 and 3.5.
        var tokenizer = new JapaneseTokenizer(reader, _userDictionary, discardPunctuation: false, _mode, _discardCompoundToken);
        TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
        stream = new JapaneseNumberFilter(stream);
        stream = new JapanesePunctuationFilter(stream);
        stream = new JapanesePartOfSpeechStopFilter(m_matchVersion, stream, _stopTags);
        stream = new StopFilter(m_matchVersion, stream, m_stopwords);
        stream = new JapaneseKatakanaStemFilter(stream);
        stream = new LowerCaseFilter(m_matchVersion, stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new JapaneseIterationMarkCharFilter(new JapaneseWidthCharFilter(reader));

    /// <summary>Loaded once, on first use.</summary>
    private static class DefaultSets
    {
        public static readonly CharArraySet StopWords =
            new CharArraySet(LuceneVersion.LUCENE_48, ReadList("stopwords.txt"), ignoreCase: true).AsReadOnly();

        public static readonly ISet<string> StopTags = new HashSet<string>(ReadList("stoptags.txt"), StringComparer.Ordinal);

        private static List<string> ReadList(string name)
        {
            string resource = "FaqIndex.Analysis.Japanese." + name;
            using Stream stream = typeof(JapaneseAnalyzer).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the FaqIndex assembly.");
            using var reader = new StreamReader(stream);
            var entries = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                line = line.Trim();
                if (line.Length > 0 && line[0] != '#')
                {
                    entries.Add(line);
                }
            }
            return entries;
        }
    }
}
