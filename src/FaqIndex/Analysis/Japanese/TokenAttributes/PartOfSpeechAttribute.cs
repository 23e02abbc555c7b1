using Lucene.Net.Util;

namespace FaqIndex.Analysis.Japanese.TokenAttributes;

/// <summary>Default implementation of <see cref="IPartOfSpeechAttribute"/>, reading from the token's dictionary entry.</summary>
public sealed class PartOfSpeechAttribute : MorphemeAttribute, IPartOfSpeechAttribute
{
    /// <inheritdoc />
    public string? PartOfSpeech => Features?.GetPartOfSpeech(Id);

    /// <inheritdoc />
    public override void ReflectWith(IAttributeReflector reflector)
    {
        reflector.Reflect<IPartOfSpeechAttribute>("partOfSpeech", PartOfSpeech);
    }
}
