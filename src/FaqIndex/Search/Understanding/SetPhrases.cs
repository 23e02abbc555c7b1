namespace FaqIndex.Search.Understanding;

/// <summary>Rewrites set phrases whose parts mean something else on their own into the one word they mean:
/// 「手に入れる」 is 入手する, but analysed word by word its 入れる ("put in", as in 扶養に入れる) pulls other entries.</summary>
/// <remarks>A synonym cannot do this: the synonym filter adds the word but leaves the parts in the query.</remarks>
public static class SetPhrases
{
    // Longer forms first where one contains another; each conjugation keeps its ending (手に入れたい: 入手したい).
    private static readonly (string From, string To)[] Rewrites =
    [
        ("手に入れられ", "入手でき"), ("手に入れる", "入手する"), ("手に入れ", "入手し"),
        ("手に入る", "入手できる"), ("手に入ら", "入手でき"), ("手に入り", "入手でき"), ("手に入っ", "入手でき"),
    ];

    /// <summary>The text with set phrases rewritten; the same instance when it has none.</summary>
    public static string Rewrite(string text)
    {
        if (!text.Contains("手に入", StringComparison.Ordinal))
        {
            return text;
        }
        var result = text;
        foreach (var (from, to) in Rewrites)
        {
            result = result.Replace(from, to, StringComparison.Ordinal);
        }
        return result;
    }
}
