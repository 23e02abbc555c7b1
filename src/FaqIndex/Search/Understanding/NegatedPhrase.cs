namespace FaqIndex.Search.Understanding;

/// <summary>Drops the phrase a member explicitly sets aside (「資格確認書ではなくマイナンバーカードをなくした」,
/// 「期限切れじゃなくて期限内の」「再発行より先に一時停止したい」): the words before ではなく/じゃなくて/より先に would otherwise
/// pull towards the near-twin entry.</summary>
public static class NegatedPhrase
{
    private static readonly string[] Markers = ["ではなくて", "ではなく", "じゃなくて", "じゃなく", "でなく", "よりも先に", "より先に"];

    /// <summary>The text without the set-aside phrases; the same instance when it has none.</summary>
    public static string Drop(string text)
    {
        var result = text;
        foreach (var marker in Markers)
        {
            int at;
            while ((at = result.IndexOf(marker, StringComparison.Ordinal)) >= 0)
            {
                int start = PhraseStart(result, at);
                result = string.Concat(result.AsSpan(0, start), " ", result.AsSpan(at + marker.Length));
            }
        }
        return result;
    }

    // Back to the last boundary before the marker: a comma, a space or a particle that ends the preceding phrase.
    private static int PhraseStart(string text, int marker)
    {
        for (int i = marker - 1; i >= 0; i--)
        {
            if (text[i] is '、' or '。' or ' ' or '　' or ',' or 'を' or 'が' or 'は' or 'で' or 'に')
            {
                return i + 1;
            }
        }
        return 0;
    }
}
