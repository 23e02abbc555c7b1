using Lucene.Net.Util;

namespace FaqIndex.Analysis.Japanese.TokenAttributes;

/// <summary>Default implementation of <see cref="IBaseFormAttribute"/>, reading from the token's dictionary entry.</summary>
public sealed class BaseFormAttribute : MorphemeAttribute, IBaseFormAttribute
{
    /// <inheritdoc />
    public string? BaseForm => Features?.GetBaseForm(Id);

    /// <inheritdoc />
    public override void ReflectWith(IAttributeReflector reflector)
    {
        reflector.Reflect<IBaseFormAttribute>("baseForm", BaseForm);
    }
}
