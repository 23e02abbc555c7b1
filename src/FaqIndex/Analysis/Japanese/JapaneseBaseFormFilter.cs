using FaqIndex.Analysis.Japanese.TokenAttributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace FaqIndex.Analysis.Japanese;

/// <summary>Replaces each inflected token with its base form (なくし → なくす, でき → できる), so every conjugation of
/// a verb or adjective is found by the same term. Tokens marked as keywords are left as they are.</summary>
public sealed class JapaneseBaseFormFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IBaseFormAttribute _baseForm;
    private readonly IKeywordAttribute _keyword;

    /// <summary>Wraps <paramref name="input"/>, which must carry the <see cref="IBaseFormAttribute"/> the tokenizer sets.</summary>
    public JapaneseBaseFormFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _baseForm = AddAttribute<IBaseFormAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (!_keyword.IsKeyword)
        {
            string? baseForm = _baseForm.BaseForm;
            if (baseForm != null)
            {
                _term.SetEmpty().Append(baseForm);
            }
        }
        return true;
    }
}
