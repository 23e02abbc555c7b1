using Lucene.Net.Util;

namespace FaqIndex.Analysis.Japanese.TokenAttributes;

/// <summary>The katakana reading and pronunciation of a Japanese token.</summary>
public interface IReadingAttribute : IAttribute, IMorphemeAttribute
{
    /// <summary>Reading in katakana, or null.</summary>
    string? Reading { get; }

    /// <summary>Pronunciation in katakana, or null.</summary>
    string? Pronunciation { get; }
}
