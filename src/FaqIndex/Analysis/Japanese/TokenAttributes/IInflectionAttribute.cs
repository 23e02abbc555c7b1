using Lucene.Net.Util;

namespace FaqIndex.Analysis.Japanese.TokenAttributes;

/// <summary>The conjugation type and form of an inflected Japanese token (五段・サ行 / 連用形).</summary>
public interface IInflectionAttribute : IAttribute, IMorphemeAttribute
{
    /// <summary>Conjugation type, or null when the word does not inflect.</summary>
    string? InflectionType { get; }

    /// <summary>Conjugation form, or null when the word does not inflect.</summary>
    string? InflectionForm { get; }
}
