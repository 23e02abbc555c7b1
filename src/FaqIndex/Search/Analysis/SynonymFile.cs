using FaqIndex.Content;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace FaqIndex.Search.Analysis;

/// <summary>Reads the lines of content/dictionary/synonyms.txt in Solr's format (<c>a, b, c</c>: equivalent; <c>a, b =&gt; c</c>: one way;
/// <c>#</c> comments) into a <see cref="SynonymMap"/> for the query analyzer.</summary>
/// <remarks>Lucene's own SolrSynonymParser refuses a term whose analysis leaves a gap (すられる → する + removed れる); here each
/// term is analysed by the same chain as the query and its remaining tokens are joined, so editors can write words
/// as members type them. A term that analyses to nothing is reported as a warning.</remarks>
public static class SynonymFile
{
    /// <summary>Parses the synonym lines (as <see cref="ContentSet.Synonyms"/> holds them) with
    /// <paramref name="analyzer"/>; returns null when there is no usable rule. Problems are reported as
    /// <paramref name="relativePath"/>:line.</summary>
    public static SynonymMap? Parse(IReadOnlyList<string> lines, string relativePath, Analyzer analyzer, List<ContentDiagnostic> diagnostics)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        int rules = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            void Warn(string message) => diagnostics.Add(new ContentDiagnostic(relativePath, i + 1, DiagnosticSeverity.Warning, message));
            int arrow = line.IndexOf("=>", StringComparison.Ordinal);
            if (arrow >= 0)
            {
                var inputs = Analyze(analyzer, line[..arrow], Warn);
                var outputs = Analyze(analyzer, line[(arrow + 2)..], Warn);
                if (inputs.Count == 0 || outputs.Count == 0)
                {
                    Warn("a '=>' rule needs terms on both sides");
                    continue;
                }
                foreach (var input in inputs)
                {
                    foreach (var output in outputs)
                    {
                        builder.Add(new CharsRef(input), new CharsRef(output), includeOrig: false);
                    }
                }
                rules++;
                continue;
            }
            var group = Analyze(analyzer, line, Warn);
            foreach (var input in group)
            {
                foreach (var output in group)
                {
                    if (input != output)
                    {
                        builder.Add(new CharsRef(input), new CharsRef(output), includeOrig: true);
                    }
                }
            }
            rules += group.Count > 1 ? 1 : 0;
        }
        return rules > 0 ? builder.Build() : null;
    }

    // Each comma-separated term as the analyzer sees it: its tokens joined by the map's word separator.
    private static List<string> Analyze(Analyzer analyzer, string terms, Action<string> warn)
    {
        var result = new List<string>();
        foreach (var raw in terms.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = new List<string>();
            using (var stream = analyzer.GetTokenStream("synonyms", QueryText.Normalize(raw, int.MaxValue)))
            {
                var term = stream.AddAttribute<ICharTermAttribute>();
                stream.Reset();
                while (stream.IncrementToken())
                {
                    tokens.Add(term.ToString());
                }
                stream.End();
            }
            if (tokens.Count == 0)
            {
                warn($"'{raw}' is only stop words after analysis and is ignored");
                continue;
            }
            var joined = string.Join(SynonymMap.WORD_SEPARATOR, tokens);
            if (!result.Contains(joined))
            {
                result.Add(joined);
            }
        }
        return result;
    }
}
