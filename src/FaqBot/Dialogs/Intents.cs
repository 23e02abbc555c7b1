using System.Text;

namespace FaqBot.Dialogs;

/// <summary>The few intents the dialog recognises before searching (help, cancel, a person, a lost card, the
/// checklist, yes/no); the phrases live here so they are easy to extend.</summary>
public static class Intents
{
    private static readonly string[] HelpPhrases = ["ヘルプ", "help", "使い方", "つかいかた", "何ができ", "なにができ"];

    private static readonly string[] CancelPhrases =
        ["キャンセル", "cancel", "やめる", "やめます", "やめたい", "中止", "最初から", "はじめから", "終了", "quit", "stop"];

    private static readonly string[] PersonPhrases =
    [
        "人と話", "人間と話", "有人", "オペレーター", "オペレータ", "担当者につな", "担当者と話", "担当者に相談", "担当者に代わ",
        "担当の方", "電話で問い合わせ", "電話で問合せ",
        "電話で相談", "電話で聞きたい", "電話したい", "電話で話", "窓口につな", "ヘルプデスクにつな", "つないで", "繋いで",
    ];

    private static readonly string[] LostPhrases =
        ["なくし", "無くし", "失くし", "なくなっ", "無くなっ", "紛失", "落とし", "盗まれ", "盗難", "見つからな", "みつからな"];

    private static readonly string[] CardPhrases = ["マイナンバーカード", "マイナカード", "マイナ保険証", "まいなんばーかーど", "カード"];

    // Lost documents that are not the card: they have their own answers (reissue fees, forms).
    private static readonly string[] NotTheCard = ["資格確認書", "お知らせ", "保険証を紛失", "健康保険証を"];

    private static readonly string[] ChecklistPhrases = ["チェック"];

    private static readonly string[] SwitchPhrases = ["切り替え", "切替", "切りかえ", "きりかえ"];

    // 「切り替えたら…」「切り替えた後…」 ask about what happens after switching: a search question, not the checklist.
    private static readonly string[] AfterSwitching = ["たら", "後", "あと", "ても", "れば"];

    private static readonly string[] YesPhrases =
        ["はい", "yes", "y", "ええ", "うん", "ある", "あります", "済み", "済んでいます", "済んでます", "しました", "してあります",
         "大丈夫", "大丈夫です", "有効", "有効です", "更新しました", "持っています", "解決した", "解決しました"];

    private static readonly string[] NoPhrases =
        ["いいえ", "no", "n", "いえ", "いや", "ない", "ありません", "まだ", "まだです", "していない", "してない", "していません",
         "切れている", "切れています", "切れてる", "持っていない", "持っていません", "無効", "解決しない", "解決していない", "解決しません"];

    /// <summary>Normalises for matching: NFKC (full-width letters and digits to ASCII), lower case, no spaces, no
    /// trailing punctuation.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }
        var normalized = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }
        var end = builder.Length;
        while (end > 0 && builder[end - 1] is '。' or '!' or '?' or '.' or '、' or ',' or '〜' or '~' && end > 1)
        {
            end--;
        }
        return builder.ToString(0, end);
    }

    /// <summary>A request for help (short messages only, so a question that mentions ヘルプ is still searched).</summary>
    public static bool IsHelp(string normalized) => normalized.Length <= 15 && ContainsAny(normalized, HelpPhrases)
        && !normalized.Contains("ヘルプデスク", StringComparison.Ordinal);

    /// <summary>A request to stop the current flow.</summary>
    public static bool IsCancel(string normalized) => normalized.Length <= 12 && ContainsAny(normalized, CancelPhrases);

    /// <summary>A request to talk to a person or to phone.</summary>
    public static bool IsPersonRequest(string normalized) => normalized.Length <= 60 && ContainsAny(normalized, PersonPhrases);

    /// <summary>A lost or stolen My Number card (not a lost 資格確認書 or お知らせ).</summary>
    public static bool IsLostCard(string normalized) =>
        ContainsAny(normalized, LostPhrases) && ContainsAny(normalized, CardPhrases) && !ContainsAny(normalized, NotTheCard);

    /// <summary>A wish to run the switch-over checklist (「切り替えチェック」「チェックリスト」) or, in a short message, to
    /// switch to マイナ保険証 (「マイナ保険証に切り替えたい」).</summary>
    public static bool IsChecklist(string normalized) =>
        (normalized.Length <= 40 && ContainsAny(normalized, ChecklistPhrases) && ContainsAny(normalized, [.. SwitchPhrases, "リスト", "マイナ保険証"]))
        || (normalized.Length <= 20 && ContainsAny(normalized, SwitchPhrases) && !ContainsAny(normalized, AfterSwitching));

    /// <summary>A yes.</summary>
    public static bool IsYes(string normalized) => StartsWithAnswer(normalized, YesPhrases);

    /// <summary>A no.</summary>
    public static bool IsNo(string normalized) => StartsWithAnswer(normalized, NoPhrases);

    private static bool StartsWithAnswer(string normalized, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            // Exact, or a button title with a parenthesised note such as 「はい（更新済み）」.
            if (normalized == phrase
                || (normalized.StartsWith(phrase, StringComparison.Ordinal) && normalized.Length > phrase.Length
                    && normalized[phrase.Length] is '(' or '、' or ','))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ContainsAny(string normalized, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (normalized.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
