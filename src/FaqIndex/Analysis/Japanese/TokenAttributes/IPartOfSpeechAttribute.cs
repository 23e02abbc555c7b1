using Lucene.Net.Util;

namespace FaqIndex.Analysis.Japanese.TokenAttributes;

/// <summary>The IPADIC part of speech of a Japanese token, levels joined by '-' (名詞-固有名詞-組織).</summary>
public interface IPartOfSpeechAttribute : IAttribute, IMorphemeAttribute
{
    /// <summary>The part of speech, or null when not set.</summary>
    string? PartOfSpeech { get; }
}
