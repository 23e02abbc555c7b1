using Lucene.Net.Util;

namespace FaqIndex.Analysis.Japanese.TokenAttributes;

/// <summary>Shared state of the morpheme attributes: a dictionary and an entry id, copied and cleared as one.</summary>
public abstract class MorphemeAttribute : Lucene.Net.Util.Attribute, IMorphemeAttribute
{
    /// <summary>The dictionary holding this token's features, or null.</summary>
    protected IMorphemeFeatures? Features { get; private set; }

    /// <summary>The entry id within <see cref="Features"/>.</summary>
    protected int Id { get; private set; }

    /// <inheritdoc />
    public void SetMorpheme(IMorphemeFeatures? features, int id)
    {
        Features = features;
        Id = id;
    }

    /// <inheritdoc />
    public override void Clear() => SetMorpheme(null, 0);

    /// <inheritdoc />
    public override void CopyTo(IAttribute target) => ((IMorphemeAttribute)target).SetMorpheme(Features, Id);
}
