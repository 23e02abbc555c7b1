namespace FaqIndex.Analysis.Japanese.TokenAttributes;

/// <summary>What the tokenizer sets on each morpheme attribute: the dictionary that holds the token's
/// features and the entry id, so the features are read only when a filter asks.</summary>
public interface IMorphemeAttribute
{
    /// <summary>Points the attribute at entry <paramref name="id"/> of <paramref name="features"/>; null clears it.</summary>
    void SetMorpheme(IMorphemeFeatures? features, int id);
}
