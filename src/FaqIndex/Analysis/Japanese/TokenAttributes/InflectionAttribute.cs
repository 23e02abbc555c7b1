using Lucene.Net.Util;

namespace FaqIndex.Analysis.Japanese.TokenAttributes;

/// <summary>Default implementation of <see cref="IInflectionAttribute"/>, reading from the token's dictionary entry.</summary>
public sealed class InflectionAttribute : MorphemeAttribute, IInflectionAttribute
{
    /// <inheritdoc />
    public string? InflectionType => Features?.GetInflectionType(Id);

    /// <inheritdoc />
    public string? InflectionForm => Features?.GetInflectionForm(Id);

    /// <inheritdoc />
    public override void ReflectWith(IAttributeReflector reflector)
    {
        reflector.Reflect<IInflectionAttribute>("inflectionType", InflectionType);
        reflector.Reflect<IInflectionAttribute>("inflectionForm", InflectionForm);
    }
}
