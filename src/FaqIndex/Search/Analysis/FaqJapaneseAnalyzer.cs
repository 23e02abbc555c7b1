using System.Reflection;
using FaqIndex.Analysis.Japanese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;

namespace FaqIndex.Search.Analysis;

/// <summary>The Japanese analysis the FAQ fields use: the tokenizer in search mode with compounds discarded (so query-time
/// synonyms see one token per position), base forms, grammar parts of speech and filler words removed, width and case
/// folded, katakana long-vowel stems unified.</summary>
public sealed class FaqJapaneseAnalyzer : Analyzer
{
    private static readonly Lazy<CharArraySet> StopTagSet = new(() => ReadResource("stoptags.txt", ignoreCase: false));
    private static readonly Lazy<CharArraySet> StopWordSet = new(() => ReadResource("stopwords.txt", ignoreCase: true));
    private readonly UserDictionary? _userDictionary;

    /// <summary>Creates the analyzer with an optional user dictionary.</summary>
    public FaqJapaneseAnalyzer(UserDictionary? userDictionary) => _userDictionary = userDictionary;

    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new JapaneseIterationMarkCharFilter(new JapaneseWidthCharFilter(reader));

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new JapaneseTokenizer(reader, _userDictionary, discardPunctuation: true, JapaneseTokenizerMode.Search,
            discardCompoundToken: true);
        TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
        stream = new JapanesePartOfSpeechStopFilter(FaqAnalyzers.Version, stream, StopTagSet.Value);
        stream = new CJKWidthFilter(stream);
        stream = new StopFilter(FaqAnalyzers.Version, stream, StopWordSet.Value);
        stream = new JapaneseKatakanaStemFilter(stream);
        stream = new LowerCaseFilter(FaqAnalyzers.Version, stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static CharArraySet ReadResource(string name, bool ignoreCase)
    {
        var set = new CharArraySet(FaqAnalyzers.Version, 64, ignoreCase);
        using var stream = typeof(JapaneseTokenizer).Assembly.GetManifestResourceStream("FaqIndex.Analysis.Japanese." + name)
            ?? throw new InvalidOperationException($"embedded resource FaqIndex.Analysis.Japanese.{name} is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var text = line.Trim();
            if (text.Length > 0 && text[0] != '#')
            {
                set.Add(text);
            }
        }
        return set;
    }
}
