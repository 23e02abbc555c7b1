namespace FaqIndex.Content.Validation.Rules;

/// <summary>「**市区町村** の窓口」: a half-width space between <c>**</c> and Japanese text shows as a gap in Web Chat and
/// Teams. Editors add it because CommonMark does not close <c>**</c> before a letter when the bold ends in punctuation;
/// the fix is to move 」 or ） outside the bold (or rephrase), so warn on the space wherever it sits between Japanese.</summary>
public sealed class SpaceBesideBoldRule : FileRule
{
    /// <inheritdoc />
    protected override void Check(FaqSourceFile file, ContentRuleContext context)
    {
        var text = file.Body;
        int i = text.IndexOf("**", StringComparison.Ordinal);
        while (i >= 0)
        {
            int end = i;
            while (end < text.Length && text[end] == '*')
            {
                end++;
            }
            // Closing side: 村** の — the bold's last character, the run, a space, the next word.
            if (i > 0 && IsBoldText(text[i - 1]) && end + 1 < text.Length && text[end] == ' ' && IsJapanese(text[end + 1]))
            {
                context.Warning(file, file.LineOfBodyOffset(i),
                    $"a half-width space after '**' before '{text[end + 1]}' shows in the chat: remove it (if the bold ends in 」 or ）, move that outside the bold so that it closes without a space)");
            }
            // Opening side: の **「資格 — the word before, a space, the run, the bold's first character.
            if (i > 1 && text[i - 1] == ' ' && IsJapanese(text[i - 2]) && end < text.Length && IsBoldText(text[end]))
            {
                context.Warning(file, file.LineOfBodyOffset(i),
                    $"a half-width space before '**' after '{text[i - 2]}' shows in the chat: remove it (if the bold starts with 「 or （, move that outside the bold so that it opens without a space)");
            }
            i = end < text.Length ? text.IndexOf("**", end, StringComparison.Ordinal) : -1;
        }
    }

    // Inside the bold a figure counts too: 「最短 **5日** で」 has the same stray spaces.
    private static bool IsBoldText(char c) => IsJapanese(c) || char.IsAsciiDigit(c);

    private static bool IsJapanese(char c) =>
        c is (>= '\u3001' and <= '\u30FF') // CJK punctuation (not the ideographic space), hiragana, katakana
            or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') // kanji
            or (>= '\uFF01' and <= '\uFF9F'); // full-width forms （）：！, half-width katakana
}
