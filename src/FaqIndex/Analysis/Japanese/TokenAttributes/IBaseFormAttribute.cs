using Lucene.Net.Util;

namespace FaqIndex.Analysis.Japanese.TokenAttributes;

/// <summary>The base form (lemma) of a Japanese token, e.g. 失くした → 失くす; null when it equals the surface.</summary>
public interface IBaseFormAttribute : IAttribute, IMorphemeAttribute
{
    /// <summary>The lemma, or null when it is the surface itself.</summary>
    string? BaseForm { get; }
}
