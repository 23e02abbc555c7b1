using Lucene.Net.Util;

namespace FaqIndex.Analysis.Japanese.TokenAttributes;

/// <summary>Default implementation of <see cref="IReadingAttribute"/>, reading from the token's dictionary entry.</summary>
public sealed class ReadingAttribute : MorphemeAttribute, IReadingAttribute
{
    /// <inheritdoc />
    public string? Reading => Features?.GetReading(Id);

    /// <inheritdoc />
    public string? Pronunciation => Features?.GetPronunciation(Id);

    /// <inheritdoc />
    public override void ReflectWith(IAttributeReflector reflector)
    {
        reflector.Reflect<IReadingAttribute>("reading", Reading);
        reflector.Reflect<IReadingAttribute>("pronunciation", Pronunciation);
    }
}
